package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The Weasis extension file (weasis/ext-glimpse.json) installs into Weasis what Weasis lacks: it must list
 * every Glimpse bundle the workstation ships, and every file it names must be shipped.
 */
public class WeasisExtensionIT {

    private static final String BUNDLES_URL = "${glimpse.bundles.url}/";
    /** What Weasis substitutes for ${native.library.spec} on the platforms the workstation ships fragments for. */
    private static final List<String> PLATFORMS = List.of("linux-x86-64", "linux-aarch64");

    @Test
    public void extensionFileListsEveryGlimpseBundleAndOnlyShippedFiles() throws Exception {
        Workstation ws = Workstation.fromSystemProperty();
        Path ext = ws.home().resolve("weasis/ext-glimpse.json");
        JsonNode prefs = new ObjectMapper().readTree(ext.toFile()).path("weasisPreferences");
        assertTrue("no weasisPreferences array in " + ext, prefs.isArray() && prefs.size() > 0);

        TreeSet<String> listed = new TreeSet<>();
        List<String> unresolved = new ArrayList<>();
        for (JsonNode p : prefs) {
            String code = p.path("code").asText();
            if (!code.startsWith("felix.auto.start.") && !code.startsWith("felix.auto.install.")) {
                continue;
            }
            List<String> locations = new ArrayList<>();
            for (String platform : PLATFORMS) {
                locations.addAll(List.of(p.path("value").asText().replace("${native.library.spec}", platform)
                        .split("\\s+")));
            }
            for (String location : locations) {
                if (location.contains("@")) {
                    unresolved.add(code + ": " + location);
                } else if (location.startsWith(BUNDLES_URL)) {
                    listed.add(location.substring(BUNDLES_URL.length()));
                }
            }
        }
        assertEquals("build-time placeholders left unresolved in " + ext, List.of(), unresolved);

        List<String> missing = new ArrayList<>();
        for (String file : listed) {
            if (!Files.isRegularFile(ws.home().resolve("bundle").resolve(file))) {
                missing.add(file);
            }
        }
        assertEquals("files the extension names but the workstation does not ship", List.of(), missing);

        List<String> notListed = new ArrayList<>();
        for (Path jar : ws.glimpseBundleFiles()) {
            // The workbench is the reference host; in Weasis, Weasis is the host.
            if (!listed.contains(jar.getFileName().toString()) && !jar.endsWith("glimpse-workbench.jar")) {
                notListed.add(jar.getFileName().toString());
            }
        }
        assertFalse("the extension lists no Glimpse bundle", listed.stream().noneMatch(f -> f.startsWith("glimpse-")));
        assertEquals("Glimpse bundles missing from " + ext, List.of(), notListed);
    }
}
