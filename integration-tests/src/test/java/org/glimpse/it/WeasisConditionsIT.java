package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Glimpse installed into a Weasis-like application and started as Weasis starts: a JVM limited to
 * Weasis's jlink module list (no jdk.unsupported), {@code --enable-native-access=ALL-UNNAMED}, slf4j on
 * the class path, the extension file's start levels applied by Felix's AutoProcessor. Every Glimpse
 * bundle must be active (the native fragment chosen by native.library.spec resolved), the default
 * site configuration seeded into Config Admin from conf/glimpse, and the sample DX must load through the
 * progressive loader from the reference server.
 */
public class WeasisConditionsIT {

    /** Weasis's jpackage runtime (JDK_MODULES_BASE in weasis-distributions/script/launch-options.sh). */
    static final String WEASIS_JDK_MODULES = "java.base,java.compiler,java.datatransfer,java.net.http,"
            + "java.desktop,java.logging,java.management,jdk.management,java.prefs,java.xml,jdk.localedata,"
            + "jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.jdwp.agent,java.sql";

    private static List<String> console;
    private static Path app;

    @BeforeClass
    public static void startLikeWeasis() throws Exception {
        ReferenceServerProcess.ensureStarted();
        Workstation ws = Workstation.fromSystemProperty();
        Path layout = Path.of(System.getProperty("glimpse.weasis"));
        app = Path.of(System.getProperty("java.io.tmpdir"), "weasis-app");
        WeasisInstallation weasis = WeasisInstallation.create(app, ws, layout);
        String classpath = String.join(java.io.File.pathSeparator, ws.home().resolve("bin/felix.jar").toString(),
                ws.home().resolve("lib").toString() + "/*",
                Path.of(WeasisLauncherMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--limit-modules", WEASIS_JDK_MODULES, "--enable-native-access=ALL-UNNAMED",
                "-Dfelix.config.properties=" + weasis.frameworkProperties().toUri(),
                "-Dweasis.codebase.url=" + stripSlash(app.toUri().toString()),
                "-Dweasis.codebase.local=" + app, "-Djava.io.tmpdir=" + app, "-Djna.tmpdir=" + app,
                "-cp", classpath, WeasisLauncherMain.class.getName(),
                System.getProperty(ReferenceServerProcess.WADO_ROOT),
                SampleSeries.byRole("dx").path("studyInstanceUid").asText(),
                SampleSeries.byRole("dx").path("seriesInstanceUid").asText());
        Path log = app.resolve("console.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the Weasis-like launch did not end within 180 s; see " + log);
        }
        console = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals("launcher exit status; console:\n" + String.join("\n", console), 0, p.exitValue());
    }

    @Test
    public void theJvmHasWeasisModulesOnlyAndNoJdkUnsupported() {
        assertTrue("console: " + console, console.contains("module jdk.unsupported present=false"));
        assertTrue("the framework did not reach its start level: " + console, console.contains("started=true"));
    }

    @Test
    public void everyGlimpseBundleInPluginsIsActiveAndTheNativeFragmentResolved() throws IOException {
        List<String> expected = new ArrayList<>();
        try (var jars = Files.newDirectoryStream(app.resolve("plugins"), "glimpse-*.jar")) {
            for (Path jar : jars) {
                expected.add(expectedLine(jar));
            }
        }
        assertTrue("no Glimpse bundle in " + app.resolve("plugins"), expected.size() >= 4);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(console);
        String spec = WeasisLauncherMain.nativeLibrarySpec();
        missing.removeIf(line -> line.contains("glimpse.natives.") && !line.contains(spec));
        assertEquals("bundles not in the expected state; console:\n" + String.join("\n", console), List.of(), missing);
        assertTrue("the native fragment for " + spec + " is not resolved: " + console, console.stream()
                .anyMatch(l -> l.startsWith("bundle glimpse.natives." + spec + " state=RESOLVED fragment")));
    }

    @Test
    public void theDefaultSiteConfigurationIsSeededIntoConfigAdmin() throws IOException {
        String prefix = Files.readAllLines(app.resolve("conf/glimpse/glimpse.site-local.cfg")).stream()
                .filter(l -> l.startsWith("urlPrefix")).map(l -> l.substring(l.indexOf('=') + 1).trim())
                .findFirst().orElseThrow(() -> new AssertionError("no urlPrefix in glimpse.site-local.cfg"));
        List<String> sites = console.stream().filter(l -> l.startsWith("site ")).toList();
        assertFalse("no glimpse.site configuration in Config Admin; console:\n" + String.join("\n", console),
                sites.isEmpty());
        assertTrue("sites seeded: " + sites, sites.stream().anyMatch(l -> l.endsWith("urlPrefix=" + prefix)));
    }

    @Test
    public void theSampleDxLoadsThroughTheProgressiveLoader() {
        String load = console.stream().filter(l -> l.startsWith("load ")).findFirst()
                .orElseThrow(() -> new AssertionError("no load line; console:\n" + String.join("\n", console)));
        assertTrue("the load did not finish: " + load, load.startsWith("load outcome=FINISHED final=1/1"));
        assertTrue("no image reached the host: " + load, !load.endsWith("images=0"));
    }

    private static String expectedLine(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            var main = j.getManifest().getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName").split(";")[0].trim();
            boolean fragment = main.getValue("Fragment-Host") != null;
            return "bundle " + name + " state=" + (fragment ? "RESOLVED fragment" : "ACTIVE");
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
