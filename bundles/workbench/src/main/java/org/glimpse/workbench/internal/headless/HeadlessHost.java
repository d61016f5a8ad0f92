package org.glimpse.workbench.internal.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The headless host behind {@code ./glimpse demo} and {@code ./glimpse load}: when the framework properties
 * name series to load ({@link HeadlessOptions}), it loads them one after the other through the workstation's
 * services, prints what it sees, and reports an exit status to the launcher's {@code IntConsumer} service
 * ({@code glimpse.exit=status}), which stops the framework: 0 when every frame loaded, 1 when anything failed,
 * 2 when the request itself is malformed.
 */
@Component(immediate = true)
public final class HeadlessHost {

    private static final String LOADER_BUNDLE = "glimpse.loader";
    private static final long LOADER_WAIT_NANOS = 10_000_000_000L;

    private final BundleContext context;
    private final FrameTransport transport;
    private final RetrieveConfigurationService configurations;
    private final ExecutorService hostThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "glimpse-host"));
    private final Map<FrameDecoder, Integer> decoders = new ConcurrentHashMap<>();
    private volatile ProgressiveLoader loader;
    private volatile IntConsumer exit;
    private Thread runner;

    @Activate
    public HeadlessHost(BundleContext context, @Reference FrameTransport transport,
            @Reference RetrieveConfigurationService configurations) {
        this.context = context;
        this.transport = transport;
        this.configurations = configurations;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetLoader")
    void setLoader(ProgressiveLoader l) {
        loader = l;
    }

    void unsetLoader(ProgressiveLoader l) {
        if (loader == l) {
            loader = null;
        }
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

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeDecoder")
    void addDecoder(FrameDecoder d, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        decoders.put(d, ranking instanceof Integer i ? i : 0);
    }

    void removeDecoder(FrameDecoder d) {
        decoders.remove(d);
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
        try {
            awaitLoader();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        out.println("loader: " + (loader != null ? loader.getClass().getName()
                : "none registered; whole frames through the transport and codecs (stand-in)"));
        boolean terminal = System.console() != null;
        LoadRunner runner = new LoadRunner(transport, configurations, this::loaderOrStandIn, hostThread, out,
                terminal);
        List<RunResult> results = new ArrayList<>();
        try {
            for (LoadJob job : options.jobs()) {
                RunResult r = runner.run(job, options);
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

    /** Gives the loader bundle, when installed, time to register its service (it starts beside this one). */
    private void awaitLoader() throws InterruptedException {
        boolean installed = java.util.Arrays.stream(context.getBundles())
                .anyMatch(b -> LOADER_BUNDLE.equals(b.getSymbolicName()));
        long deadline = System.nanoTime() + LOADER_WAIT_NANOS;
        while (installed && loader == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** The workstation's loader; until one is registered, the sequential stand-in over the same services. */
    private ProgressiveLoader loaderOrStandIn() {
        ProgressiveLoader l = loader;
        if (l != null) {
            return l;
        }
        List<FrameDecoder> ranked = decoders.entrySet().stream()
                .sorted(Map.Entry.<FrameDecoder, Integer>comparingByValue().reversed()).map(Map.Entry::getKey)
                .toList();
        return new SequentialStandIn(transport, configurations, ranked);
    }

    private void report(int status) {
        IntConsumer e = exit;
        if (e != null) {
            e.accept(status);
        }
    }
}
