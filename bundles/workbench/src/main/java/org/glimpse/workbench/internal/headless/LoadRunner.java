package org.glimpse.workbench.internal.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;

/** Loads one series for the headless host: checks the request, warms up, loads, waits, prints the summary. */
final class LoadRunner {

    private final FrameTransport transport;
    private final RetrieveConfigurationService configurations;
    private final Supplier<ProgressiveLoader> loader;
    private final Executor hostThread;
    private final PrintStream out;
    private final boolean terminal;

    LoadRunner(FrameTransport transport, RetrieveConfigurationService configurations,
            Supplier<ProgressiveLoader> loader, Executor hostThread, PrintStream out, boolean terminal) {
        this.transport = transport;
        this.configurations = configurations;
        this.loader = loader;
        this.hostThread = hostThread;
        this.out = out;
        this.terminal = terminal;
    }

    RunResult run(LoadJob job, HeadlessOptions options) throws InterruptedException, IOException {
        LoadRequest request;
        try {
            request = configured(new LoadRequest(job.series(), job.kind()), job.configuration());
        } catch (IllegalArgumentException | IOException e) {
            out.println(job.label() + ": " + e.getMessage());
            return RunResult.refused(job, e.getMessage());
        }
        SeriesDescriptor metadata;
        try {
            metadata = metadata(job, options);
        } catch (IllegalStateException e) {
            out.println(job.label() + ": " + e.getMessage());
            return RunResult.refused(job, e.getMessage());
        }
        request = request.withMetadata(metadata);
        if (options.warmRequests() > 0) {
            List<String> failed = TransportWarmup.run(transport, job.series(), metadata, options.warmRequests(),
                    options.timeoutSeconds());
            if (!failed.isEmpty()) {
                out.println(job.label() + ": " + failed.size() + " of " + options.warmRequests()
                        + " warm-up requests failed, first: " + failed.get(0));
            }
        }
        for (int i = 0; i < options.warmups(); i++) {
            load(request, job, options, new ProgressBar(nowhere(), false, job.label()), null, null, false);
        }
        ProgressBar bar = new ProgressBar(out, terminal, job.label());
        FrameFiles saver = options.saveDir() == null ? null : new FrameFiles(options.saveDir());
        RunResult result = load(request, job, options, bar, options.pngDir(), saver, true);
        bar.close();
        Summary.lines(result).forEach(out::println);
        return result;
    }

    /**
     * The series' metadata, read before the clock starts as the browser anchor is measured (and so that a
     * wrong URL or UID is named before anything else happens).
     */
    private SeriesDescriptor metadata(LoadJob job, HeadlessOptions options) throws InterruptedException {
        SeriesDescriptor d;
        try {
            d = transport.seriesMetadata(job.series()).get(options.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot read the metadata of " + job.series().metadataUri() + ": "
                    + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no metadata from " + job.series().metadataUri() + " within "
                    + options.timeoutSeconds() + " s", e);
        }
        if (d.frames().isEmpty()) {
            throw new IllegalStateException("series " + job.series().seriesInstanceUid() + " has no instances at "
                    + job.series().metadataUri());
        }
        return d;
    }

    /** @param measured whether this is the measured load (not a warm-up): only it is cancelled by {@code --cancel-after} */
    private RunResult load(LoadRequest request, LoadJob job, HeadlessOptions options, ProgressBar bar, Path png,
            FrameFiles saver, boolean measured) throws InterruptedException {
        HeapWatch heap = new HeapWatch();
        CpuWatch cpu = new CpuWatch(options.serverPid());
        SeriesRun run = new SeriesRun(job, bar, hostThread, png, saver);
        SinkAdapter sink = new SinkAdapter(run);
        ProgressiveLoader l = loader.get();
        long t0 = run.loadAsked();
        SeriesLoad load = l.load(request, sink);
        CancelProbe cancel = measured && options.cancelAfterMillis() > 0
                ? CancelProbe.after(load, t0, options.cancelAfterMillis()) : null;
        try (heap) {
            RunResult ended = run.result().get(options.timeoutSeconds(), TimeUnit.SECONDS);
            CpuUse used = cpu.stop();
            // the peak of the load itself: what the host does with it afterwards (the metrics' JSON) is not counted
            long peak = heap.stop();
            RunResult r = ended.withLoaderMetrics(load.metrics().toJson(), peak, used);
            return cancel == null ? r : r.withCancel(cancel.await(options.timeoutSeconds()), cancel.callNanos(),
                    heap.heldNow());
        } catch (TimeoutException e) {
            load.cancel();
            run.ended("no end after " + options.timeoutSeconds() + " s; cancelled");
            return awaitQuietly(run);
        } catch (ExecutionException e) {
            return RunResult.refused(job, "host failed: " + e.getCause());
        }
    }

    private static RunResult awaitQuietly(SeriesRun run) throws InterruptedException {
        try {
            return run.result().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return RunResult.refused(run.job(), "cancelled after the timeout");
        }
    }

    /**
     * The request with its retrieve configuration: a file is read and validated by the retrieve service, a
     * name must be one it knows.
     *
     * @throws IllegalArgumentException naming the configuration and what is wrong with it
     */
    private LoadRequest configured(LoadRequest request, String configuration) throws IOException {
        if (configuration == null) {
            return request;
        }
        Path file = Path.of(configuration);
        if (Files.isRegularFile(file)) {
            RetrieveConfiguration c = configurations.fromJson(Files.readString(file), file.getFileName().toString());
            return new LoadRequest(request.series(), request.kind(), null, c, null);
        }
        if (configurations.configuration(configuration).isEmpty()) {
            throw new IllegalArgumentException("unknown retrieve configuration '" + configuration
                    + "' (neither a file nor a known name: " + new TreeSet<>(configurations.configurationNames())
                    + ")");
        }
        return request.withConfigurationName(configuration);
    }

    private static PrintStream nowhere() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }
}
