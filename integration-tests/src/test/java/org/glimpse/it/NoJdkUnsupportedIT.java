package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.Test;

/**
 * Weasis's jlink runtime has no jdk.unsupported module (sun.misc.Unsafe and friends): no Glimpse bundle
 * may need it. Checked with the JDK's own jdeps on the bundles the workstation ships.
 */
public class NoJdkUnsupportedIT {

    @Test
    public void noGlimpseBundleNeedsJdkUnsupported() throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps is not available in this JDK"));
        List<Path> bundles = Workstation.fromSystemProperty().glimpseBundleFiles();
        assertFalse("no Glimpse bundle found to check", bundles.isEmpty());
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (Path jar : bundles) {
            if (!hasClasses(jar)) {
                continue; // a native fragment: nothing for jdeps to read
            }
            checked++;
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--multi-release", "17", "-summary",
                    "--ignore-missing-deps", jar.toString());
            assertEquals("jdeps failed on " + jar + ": " + err, 0, rc);
            assertTrue("jdeps printed no dependency for " + jar + ": " + out, out.toString().contains("java.base"));
            if (out.toString().contains("jdk.unsupported")) {
                offenders.add(jar.getFileName() + ": " + out.toString().trim());
            }
        }
        assertTrue("no Glimpse bundle with classes was checked", checked > 0);
        assertEquals("bundles that need jdk.unsupported", List.of(), offenders);
    }

    private static boolean hasClasses(Path jar) throws java.io.IOException {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            return j.stream().anyMatch(e -> e.getName().endsWith(".class"));
        }
    }
}
