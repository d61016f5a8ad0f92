package org.glimpse.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.felix.main.AutoProcessor;
import org.apache.felix.main.Main;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts the Glimpse workstation: Felix with the bundles of {@code conf/config.properties}, installed and
 * started by start level ({@code felix.auto.start.N}) through Felix's own {@link AutoProcessor}, as Weasis
 * starts its bundles.
 *
 * <p>Usage: {@code java -cp "bin/felix.jar:bin/glimpse-launcher.jar:lib/*" org.glimpse.launcher.Launcher
 * [--status]}. With {@code --status} it prints every bundle and its state once all start levels are
 * reached, then stops and exits 1 when a Glimpse bundle is not active. With {@code --load URL …}
 * ({@link LoadArguments}) the workbench's headless host loads the series named and the launcher exits with the
 * status it reports ({@link ExitStatus}).
 */
public final class Launcher {

    private static final long START_TIMEOUT_SECONDS = 120;
    private static final String JUL_CONFIG = "java.util.logging.config.file";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        boolean statusOnly = args.length > 0 && "--status".equals(args[0]);
        Map<String, String> load = Map.of();
        if (args.length > 0 && "--load".equals(args[0])) {
            try {
                load = LoadArguments.parse(args);
            } catch (IllegalArgumentException e) {
                System.err.println("glimpse: " + e.getMessage());
                System.exit(2);
            }
        }
        Path home = Path.of(System.getProperty("glimpse.home", ".")).toAbsolutePath().normalize();
        Path config = home.resolve("conf/config.properties");
        if (!Files.isRegularFile(config)) {
            System.err.println("glimpse: no workstation configuration at " + config
                    + " (set -Dglimpse.home to the folder holding conf/ and bundle/)");
            System.exit(2);
        }
        System.setProperty("glimpse.home", home.toString());
        Path logging = home.resolve("conf/logging.properties");
        if (System.getProperty(JUL_CONFIG) == null && Files.isRegularFile(logging)) {
            System.setProperty(JUL_CONFIG, logging.toString());
        }
        System.setProperty(Main.CONFIG_PROPERTIES_PROP, config.toUri().toString());
        Map<String, String> properties = Main.loadConfigProperties();
        Main.copySystemProperties(properties);
        properties.putAll(load);

        Framework framework = newFramework(properties);
        framework.init();
        ExitStatus exit = ExitStatus.register(framework);
        CountDownLatch started = new CountDownLatch(1);
        framework.getBundleContext().addFrameworkListener(event -> {
            if (event.getType() == FrameworkEvent.STARTED) {
                started.countDown();
            }
        });
        AutoProcessor.process(properties, framework.getBundleContext());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "glimpse-shutdown"));
        framework.start();

        if (!started.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            System.err.println("glimpse: the framework did not reach its start level within "
                    + START_TIMEOUT_SECONDS + " s");
        }
        if (statusOnly) {
            boolean healthy = new BundleReport(framework.getBundleContext()).print(System.out);
            stop(framework);
            System.exit(healthy ? 0 : 1);
        }
        if (load.isEmpty()) {
            framework.waitForStop(0);
            System.exit(0);
        }
        System.exit(exit.await(framework, loadTimeoutMillis(load)));
    }

    /** How long a headless load may run before the launcher gives up on hearing its end. */
    private static long loadTimeoutMillis(Map<String, String> load) {
        long seconds = Long.parseLong(load.getOrDefault(LoadArguments.TIMEOUT, "600").trim());
        int series = load.get(LoadArguments.SERIES).split(" ").length;
        return (seconds * series + 120) * 1000;
    }

    private static Framework newFramework(Map<String, String> properties) {
        Iterator<FrameworkFactory> factories = ServiceLoader.load(FrameworkFactory.class).iterator();
        if (!factories.hasNext()) {
            throw new IllegalStateException("No OSGi FrameworkFactory on the class path (bin/felix.jar missing?)");
        }
        return factories.next().newFramework(properties);
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            System.err.println("glimpse: framework did not stop cleanly: " + e);
        }
    }
}
