package org.glimpse.it;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.felix.main.AutoProcessor;
import org.apache.felix.main.Main;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Runs in a JVM started as Weasis starts its own (Weasis's jlink module list, native access enabled):
 * sets {@code native.library.spec} as Weasis's launcher does, loads the merged framework properties,
 * applies their start levels with Felix's own {@link AutoProcessor}, and prints what a test needs to
 * judge the result: the JVM's modules of interest, every bundle's state, the site configurations in
 * Config Admin and, given a DICOMweb root, study and series, how loading that series ended. Uses only the
 * JDK and felix.jar, like a launcher.
 */
public final class WeasisLauncherMain {

    static final String SITE_FACTORY_PID = "glimpse.site";

    private WeasisLauncherMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("native.library.spec", nativeLibrarySpec());
        System.out.println("module jdk.unsupported present=" + ModuleLayer.boot().findModule("jdk.unsupported")
                .isPresent());
        System.out.println("native.library.spec=" + System.getProperty("native.library.spec"));
        Map<String, String> props = Main.loadConfigProperties();
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(props);
        framework.init();
        CountDownLatch started = new CountDownLatch(1);
        framework.getBundleContext().addFrameworkListener(e -> {
            if (e.getType() == FrameworkEvent.STARTED) {
                started.countDown();
            }
        });
        AutoProcessor.process(props, framework.getBundleContext());
        framework.start();
        System.out.println("started=" + started.await(120, TimeUnit.SECONDS));
        try {
            report(framework.getBundleContext());
            if (args.length == 3) {
                System.out.println("load " + WeasisSeriesLoad.load(framework.getBundleContext(),
                        java.net.URI.create(args[0]), args[1], args[2]));
            }
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
        System.exit(0);
    }

    private static void report(BundleContext context) throws Exception {
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            System.out.println("bundle " + b.getSymbolicName() + " state=" + state(b.getState())
                    + (fragment ? " fragment" : ""));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Object[] configs = null;
        while (configs == null && System.nanoTime() < deadline) {
            configs = siteConfigurations(context);
            if (configs == null) {
                Thread.sleep(100);
            }
        }
        for (Object c : configs == null ? new Object[0] : configs) {
            Object properties = c.getClass().getMethod("getProperties").invoke(c);
            Object prefix = properties.getClass().getMethod("get", Object.class).invoke(properties, "urlPrefix");
            System.out.println("site " + c.getClass().getMethod("getPid").invoke(c) + " urlPrefix=" + prefix);
        }
    }

    /**
     * The glimpse.site configurations, or null while there are none. Config Admin's classes live in its
     * bundle, not on this class path, so its interface is reached through the bundle that registered it.
     */
    private static Object[] siteConfigurations(BundleContext context) throws Exception {
        ServiceReference<?> ref = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        if (ref == null) {
            return null;
        }
        Class<?> api = ref.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
        Method list = api.getMethod("listConfigurations", String.class);
        Object admin = context.getService(ref);
        try {
            return (Object[]) list.invoke(admin, "(service.factoryPid=" + SITE_FACTORY_PID + ")");
        } finally {
            context.ungetService(ref);
        }
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            default -> String.valueOf(s);
        };
    }

    /** The OSGi name of this platform as Weasis computes it (os-arch, for example linux-x86-64). */
    static String nativeLibrarySpec() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        os = os.startsWith("win") ? "windows" : os.startsWith("mac") ? "macosx" : os;
        String arch = System.getProperty("os.arch");
        arch = switch (arch) {
            case "amd64", "x86_64", "em64t" -> "x86-64";
            case "i386", "i486", "i586", "i686" -> "x86";
            default -> arch.toLowerCase(Locale.ROOT);
        };
        return os + "-" + arch;
    }
}
