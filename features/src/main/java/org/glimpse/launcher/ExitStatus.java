package org.glimpse.launcher;

import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * How a bundle tells the launcher that the workstation's job is done: an {@link IntConsumer} service with
 * {@code glimpse.exit=status}, registered by the launcher before any bundle starts. Accepting a status
 * stops the framework; the launcher then exits with that status.
 */
final class ExitStatus {

    /** Status when nothing reported before the framework stopped or the time ran out. */
    static final int NO_REPORT = 3;

    private final AtomicInteger status = new AtomicInteger(NO_REPORT);

    private ExitStatus() {
    }

    static ExitStatus register(Framework framework) {
        ExitStatus exit = new ExitStatus();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("glimpse.exit", "status");
        IntConsumer report = code -> {
            exit.status.set(code);
            Thread stopper = new Thread(() -> stop(framework), "glimpse-exit");
            stopper.start();
        };
        framework.getBundleContext().registerService(IntConsumer.class, report, properties);
        return exit;
    }

    /** Waits for the framework to stop (at most {@code timeoutMillis}); returns the status reported. */
    int await(Framework framework, long timeoutMillis) throws InterruptedException {
        framework.waitForStop(timeoutMillis);
        if (framework.getState() != Framework.RESOLVED && framework.getState() != Framework.INSTALLED) {
            System.err.println("glimpse: no bundle reported the end of the load within " + timeoutMillis / 1000
                    + " s (is glimpse.workbench active?)");
            stop(framework);
        }
        return status.get();
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
        } catch (BundleException e) {
            System.err.println("glimpse: framework did not stop cleanly: " + e);
        }
    }
}
