package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Weasis exports org.slf4j from its system bundle without a version. A bundle that imports it with a
 * range such as [2,3) does not resolve there; Glimpse bundles must import it without one. This test starts
 * Felix the way Weasis configures it and installs bundles with the import clauses in question.
 */
public class UnversionedSlf4jIT {

    private Framework framework;
    private Path work;

    @Before
    public void startFrameworkLikeWeasis() throws Exception {
        work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "slf4j-trap");
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, work.resolve("cache").toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Felix's URL handlers are JVM-wide; left on, they would hide Pax Exam's link: protocol from later tests.
        props.put("felix.service.urlhandlers", "false");
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j, org.slf4j.spi, org.slf4j.event");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(props);
        framework.start();
    }

    @After
    public void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    public void aBundleImportingSlf4jWithoutVersionResolves() throws Exception {
        Bundle b = install("unversioned", "org.slf4j");
        assertTrue("a bundle importing plain org.slf4j did not resolve against the unversioned export",
                resolve(b));
    }

    @Test
    public void aBundleImportingSlf4jWithARangeDoesNotResolve() throws Exception {
        // The control: if this resolved, the framework above would not reproduce Weasis's export.
        Bundle b = install("ranged", "org.slf4j;version=\"[2,3)\"");
        assertEquals("a [2,3) import resolved, so this framework does not reproduce the trap", false, resolve(b));
    }

    @Test
    public void everyGlimpseBundleImportsSlf4jWithoutARange() throws Exception {
        List<String> ranged = new ArrayList<>();
        List<Path> bundles = Workstation.fromSystemProperty().glimpseBundleFiles();
        assertTrue("no Glimpse bundle found to check", !bundles.isEmpty());
        for (Path jar : bundles) {
            String imports = importPackage(jar);
            for (String clause : imports == null ? new String[0] : imports.split(",(?=[a-zA-Z])")) {
                if (clause.startsWith("org.slf4j") && clause.contains("version")) {
                    ranged.add(jar.getFileName() + ": " + clause);
                }
            }
        }
        assertEquals("Glimpse bundles must import org.slf4j without a version (Weasis exports it unversioned)",
                List.of(), ranged);
    }

    private static String importPackage(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest().getMainAttributes().getValue(Constants.IMPORT_PACKAGE);
        }
    }

    private Bundle install(String name, String importClause) throws IOException, BundleException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, "test.slf4j." + name);
        a.putValue(Constants.IMPORT_PACKAGE, importClause);
        Path jar = work.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return framework.getBundleContext().installBundle(jar.toUri().toString());
    }

    private boolean resolve(Bundle b) {
        return framework.adapt(FrameworkWiring.class).resolveBundles(List.of(b));
    }
}
