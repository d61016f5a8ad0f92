package org.glimpse.workbench.internal.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The headless host behind {@code ./glimpse demo} and {@code ./glimpse load}: when the framework properties
 * name series to load ({@link HeadlessOptions}), it loads them one after the other through the workstation's
 * services, prints what it sees, and reports an exit status to the launcher's {@code IntConsumer} service
 * ({@code glimpse.exit=status}), which stops the framework: 0 when every frame loaded, 1 when anything failed,
 * 2 when the request itself is malformed.
 */
@Component(immediate = true)
public final class HeadlessHost {

    private final BundleContext context;
    private final FrameTransport transport;
    private final RetrieveConfigurationService configurations;
    private final ProgressiveLoader loader;
    private final ExecutorService hostThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "glimpse-host"));
    private volatile IntConsumer exit;
    private Thread runner;

    @Activate
    public HeadlessHost(BundleContext context, @Reference FrameTransport transport,
            @Reference RetrieveConfigurationService configurations, @Reference ProgressiveLoader loader) {
        this.context = context;
        this.transport = transport;
        this.configurations = configurations;
        this.loader = loader;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(glimpse.exit=status)", unbind = "unsetExit")
    void setExit(IntConsumer e) {
        exit = e;
    }

    void unsetExit(IntConsumer e) {
        if (exit == e) {
            exit = null;
        }
    }

    @Activate
    void start() {
        HeadlessOptions options;
        try {
            options = HeadlessOptions.from(context::getProperty);
        } catch (IllegalArgumentException e) {
            System.err.println("glimpse: " + e.getMessage());
            report(2);
            return;
        }
        if (options == null) {
            return;
        }
        runner = new Thread(() -> report(run(options)), "glimpse-headless");
        runner.start();
    }

    @Deactivate
    void stop() {
        if (runner != null) {
            runner.interrupt();
        }
        hostThread.shutdownNow();
    }

    private int run(HeadlessOptions options) {
        PrintStream out = System.out;
        out.println("loader: " + loader.getClass().getName());
        boolean terminal = System.console() != null;
        LoadRunner loads = new LoadRunner(transport, configurations, () -> loader, hostThread, out, terminal);
        List<RunResult> results = new ArrayList<>();
        try {
            for (LoadJob job : options.jobs()) {
                RunResult r = loads.run(job, options);
                results.add(r);
                if (r.series() == null) {
                    break;
                }
            }
            if (options.jsonFile() != null) {
                MetricsJson.write(options.jsonFile(), results);
                out.println("metrics: " + options.jsonFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IOException e) {
            System.err.println("glimpse: " + e.getMessage());
            return 1;
        }
        return results.size() == options.jobs().size() && results.stream().allMatch(RunResult::ok) ? 0 : 1;
    }

    private void report(int status) {
        IntConsumer e = exit;
        if (e != null) {
            e.accept(status);
        }
    }
}
