package org.glimpse.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A Weasis 4.x installation as far as Glimpse meets it, laid out the way a site administrator installs
 * Glimpse into one: Weasis's own OSGi services in {@code bundle/} at Weasis's start levels (from its
 * {@code conf/base.json}), then the Glimpse layout ({@code features/target/glimpse-weasis}) copied over
 * it. The framework properties are those of base.json with the extension file's entries added or
 * overriding, as Weasis's launcher merges them.
 */
final class WeasisInstallation {

    /** What Weasis's base.json starts that Glimpse relies on, by Weasis's start level. */
    private static final Map<String, List<String>> WEASIS_BASE = Map.of(
            "felix.auto.start.4", List.of("org.osgi.util.promise.jar", "org.osgi.util.function.jar"),
            "felix.auto.start.5", List.of("org.osgi.service.component.jar", "org.apache.felix.configadmin.jar",
                    "org.apache.felix.scr.jar"),
            "felix.auto.start.35", List.of("jackson-annotations.jar", "jackson-core.jar", "jackson-databind.jar"));

    private final Path app;

    private WeasisInstallation(Path app) {
        this.app = app;
    }

    /** Installs Weasis's base bundles and the Glimpse layout into a fresh folder {@code app}. */
    static WeasisInstallation create(Path app, Workstation workstation, Path glimpseLayout) throws IOException {
        Files.createDirectories(app.resolve("bundle"));
        for (List<String> files : WEASIS_BASE.values()) {
            for (String f : files) {
                Files.copy(workstation.home().resolve("bundle").resolve(f), app.resolve("bundle").resolve(f),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        copyTree(glimpseLayout, app);
        WeasisInstallation w = new WeasisInstallation(app);
        w.writeFrameworkProperties();
        return w;
    }

    Path app() {
        return app;
    }

    Path frameworkProperties() {
        return app.resolve("conf/framework.properties");
    }

    private void writeFrameworkProperties() throws IOException {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("org.osgi.framework.storage", app.resolve("cache").toString());
        props.put("org.osgi.framework.storage.clean", "onFirstInit");
        props.put("org.osgi.framework.startlevel.beginning", "150");
        props.put("felix.startlevel.bundle", "60");
        // Weasis exports slf4j from its class path without a version (base.json's extra.basic list).
        props.put("framework.system.packages.extra.basic", "org.slf4j, org.slf4j.event, org.slf4j.helpers, org.slf4j.spi");
        props.put("org.osgi.framework.system.packages.extra", "${framework.system.packages.extra.basic}");
        WEASIS_BASE.forEach((level, files) -> props.put(level,
                String.join(" ", files.stream().map(f -> "${weasis.codebase.url}/bundle/" + f).toList())));
        for (JsonNode p : new ObjectMapper().readTree(app.resolve("conf/ext-glimpse.json").toFile())
                .path("weasisPreferences")) {
            props.put(p.path("code").asText(), p.path("value").asText());
        }
        Properties out = new Properties();
        out.putAll(props);
        try (OutputStream o = Files.newOutputStream(frameworkProperties())) {
            out.store(o, "Weasis base.json entries Glimpse relies on, merged with conf/ext-glimpse.json");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
