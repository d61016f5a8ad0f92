package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The assembled workstation in Felix: every Glimpse bundle up, and the services it relies on present. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkstationIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "workstation");
    }

    @Test
    public void everyGlimpseBundleIsActiveOrAResolvedFragment() {
        List<String> problems = new ArrayList<>();
        int glimpse = 0;
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || !name.startsWith("glimpse.")) {
                continue;
            }
            glimpse++;
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            // a native fragment of another platform is shipped on purpose and never resolves here
            int expected = !fragment ? Bundle.ACTIVE
                    : NativeRequirement.metHere(context, b) ? Bundle.RESOLVED : Bundle.INSTALLED;
            if (b.getState() != expected) {
                problems.add(name + " is in state " + b.getState() + ", expected " + expected);
            }
        }
        assertTrue("no Glimpse bundle installed at all", glimpse > 0);
        assertEquals("Glimpse bundles not up: " + problems, List.of(), problems);
    }

    @Test
    public void onlyThePlatformsOwnNativeFragmentAttachesToTheCodec() {
        Bundle codec = glimpseBundle("glimpse.codec");
        List<String> attached = new ArrayList<>();
        for (BundleWire w : codec.adapt(BundleWiring.class).getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
            attached.add(w.getRequirer().getBundle().getSymbolicName());
        }
        List<String> natives = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("glimpse.natives.")) {
                natives.add(name);
                assertTrue(name + " declares no platform (Bundle-NativeCode): it would attach anywhere",
                        NativeRequirement.declared(b));
                boolean here = NativeRequirement.metHere(context, b);
                assertEquals(name + (here ? " is for this platform" : " is for another platform") + ", state",
                        here ? Bundle.RESOLVED : Bundle.INSTALLED, b.getState());
                assertEquals(name + " attached to glimpse.codec " + attached, here, attached.contains(name));
            }
        }
        assertTrue("the workstation ships the fragments of two platforms: " + natives, natives.size() >= 2);
        if (List.of("amd64", "x86_64").contains(System.getProperty("os.arch"))
                && System.getProperty("os.name").startsWith("Linux")) {
            assertEquals("on Linux x86-64", List.of("glimpse.natives.linux-x86-64"), attached);
            assertEquals("the arm64 fragment does not resolve here", Bundle.INSTALLED,
                    glimpseBundle("glimpse.natives.linux-aarch64").getState());
        }
    }

    private Bundle glimpseBundle(String name) {
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(name + " is not installed");
    }

    @Test
    public void everyGlimpseBundleShippedIsListedInAStartLevel() throws Exception {
        Workstation ws = Workstation.fromSystemProperty();
        TreeSet<String> listed = new TreeSet<>();
        List<List<String>> lists = new ArrayList<>(ws.bundlesByStartLevel().values());
        lists.addAll(ws.bundlesInstalledOnly().values());
        for (List<String> locations : lists) {
            for (String l : locations) {
                String file = l.substring(l.lastIndexOf('/') + 1);
                if (file.startsWith("glimpse-")) {
                    listed.add(file);
                }
            }
        }
        TreeSet<String> shipped = new TreeSet<>();
        for (Path p : ws.glimpseBundleFiles()) {
            shipped.add(p.getFileName().toString());
        }
        assertFalse("no Glimpse bundle shipped in " + ws.home().resolve("bundle"), shipped.isEmpty());
        assertEquals("bundle/ and conf/config.properties disagree", shipped, listed);
    }

    @Test
    public void declarativeServicesConfigAdminAndMetatypeAreRunning() {
        for (String service : List.of("org.osgi.service.component.runtime.ServiceComponentRuntime",
                "org.osgi.service.cm.ConfigurationAdmin", "org.osgi.service.metatype.MetaTypeService")) {
            ServiceReference<?> ref = context.getServiceReference(service);
            assertNotNull(service + " is not registered", ref);
        }
    }

    @Test
    public void glimpseApiExportsEachPackageAtMajorVersionOne() {
        Bundle api = null;
        for (Bundle b : context.getBundles()) {
            if ("glimpse.api".equals(b.getSymbolicName())) {
                api = b;
            }
        }
        assertNotNull("glimpse.api is not installed", api);
        String exports = api.getHeaders().get(Constants.EXPORT_PACKAGE);
        for (String pkg : List.of("retrieve", "frame", "codec", "transport", "loader", "host")) {
            assertTrue("glimpse.api does not export org.glimpse.api." + pkg + ": " + exports,
                    exports.contains("org.glimpse.api." + pkg + ";version=\"1."));
        }
    }

    /** Benchmarks, fuzzing and the test server live in tools/ and server/: no shipped bundle has them. */
    @Test
    public void noShippedBundleImportsTheServerOrCarriesAToolClass() {
        List<String> problems = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || !name.startsWith("glimpse.")) {
                continue;
            }
            String imports = String.valueOf(b.getHeaders().get(Constants.IMPORT_PACKAGE));
            if (imports.contains("org.glimpse.server") || imports.contains("org.glimpse.tools")) {
                problems.add(name + " imports " + imports);
            }
            for (String pattern : List.of("*Bench*.class", "*Fuzz*.class", "*Mutator*.class")) {
                var entries = b.findEntries("/", pattern, true);
                while (entries != null && entries.hasMoreElements()) {
                    problems.add(name + " carries " + entries.nextElement().getPath());
                }
            }
        }
        assertEquals("tool code or server imports in shipped bundles", List.of(), problems);
    }
}
