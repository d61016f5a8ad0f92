package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.HostSettings;
import org.glimpse.api.host.SeriesSink;
import org.glimpse.api.loader.FrameMetrics;
import org.glimpse.api.loader.LoadMetrics;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.loader.internal.store.ByteArrays;
import org.glimpse.loader.internal.store.FrameSlabs;

/**
 * One series being loaded: reads (or takes) its metadata, resolves its retrieve configuration, then runs every
 * frame through its plan's steps ({@link FrameStarts}, {@link FrameFlow}), decodes what arrives
 * ({@link FrameDecodes}) and hands images to the host ({@link Delivery}). All state is guarded by one lock per
 * load; the host's sink is called under it, so never twice at once for a series.
 */
public final class SeriesLoading implements SeriesLoad {

    final LoaderServices services;
    final LoadRequest request;
    final SeriesSink sink;
    final SeriesKey key;
    final long startNanos = System.nanoTime();
    final Object lock = new Object();
    final Delivery delivery = new Delivery(this);
    final FrameFlow flow = new FrameFlow(this);
    final FrameStarts starts = new FrameStarts(this);
    final FrameDecodes decodes = new FrameDecodes(this);
    final ReducedPlaces places = new ReducedPlaces(this);
    final PlaceWait placeWait = new PlaceWait(this);
    final DecodeCost decodeCost = new DecodeCost();
    final CompletableFuture<LoadOutcome> cancelled = new CompletableFuture<>();
    volatile CompletableFuture<LoadOutcome> completion = new CompletableFuture<>();
    volatile boolean cancelRequested;
    private final AtomicBoolean cancelling = new AtomicBoolean();
    volatile AtomicReferenceArray<DecodedFrame> best = new AtomicReferenceArray<>(0);
    volatile Map<FrameKey, Integer> indexOf = Map.of();
    FrameLoad[] frames = new FrameLoad[0];
    SeriesDescriptor series;
    RetrieveConfiguration configuration;
    Plans plans;
    final Views views;
    Coverage coverage;
    FrameSlabs slabs;
    /**
     * Arrays for the frames' encoded bytes, reused from frame to frame: at most twice as many bytes of them kept
     * free as the window lets wait for a decoder. The arrays in use are the window's and those of frames being
     * decoded, each with room to spare: keeping only the window's bytes let a dozen arrays go at the end of one of
     * Cornerstone3D's interleaved stages, and new ones be taken for the next stage's rests.
     */
    final ByteArrays encodedArrays = new ByteArrays(() -> 2 * flow.window.limit());
    VolumeSignal volume;
    boolean paused;
    boolean ended;
    int framesFinal;
    int framesFailed;

    public SeriesLoading(LoaderServices services, LoadRequest request, SeriesSink sink) {
        this.services = services;
        this.request = request;
        this.sink = sink;
        this.key = new SeriesKey(request.series().studyInstanceUid(), request.series().seriesInstanceUid());
        HostSettings hs = services.settings().get();
        // a size given with the request counts from the first request on; the host's default only stands in
        this.views = request.hasViewSize() ? new Views(request.viewWidth(), request.viewHeight(), 0)
                : new Views(hs.viewportWidth(), hs.viewportHeight(), 0);
    }

    /** Starts: the metadata are read (unless given), then every frame's first step is queued. */
    public SeriesLoading start() {
        // the first decode comes a link's latency from now: the decoders get ready meanwhile
        services.decoding().loadStarting();
        if (request.metadata() != null) {
            services.timer().execute(() -> beginOrFail(request.metadata()));
        } else {
            services.transport().seriesMetadata(request.series()).whenComplete((d, t) -> {
                if (t != null) {
                    failLoad(Failures.metadata(t));
                } else {
                    beginOrFail(d);
                }
            });
        }
        return this;
    }

    /**
     * Begins, or ends the load FAILED when beginning throws (a planner or a host that fails): it runs where nobody
     * would see the exception (a future's callback, the timer), and the host would hear neither
     * {@code seriesAdded} nor {@code loadEnded}. What was already asked is cancelled.
     */
    private void beginOrFail(SeriesDescriptor descriptor) {
        try {
            begin(descriptor);
        } catch (RuntimeException e) {
            failLoad(Failures.start(e, key));
            cancel();
        }
    }

    SeriesLocation location() {
        return request.series();
    }

    long elapsed() {
        return System.nanoTime() - startNanos;
    }

    private void begin(SeriesDescriptor descriptor) {
        synchronized (lock) {
            if (cancelRequested) {
                return;
            }
            try {
                configuration = Configurations.resolve(request, services.retrieve());
            } catch (IllegalArgumentException e) {
                failLoad(Failures.configuration(e.getMessage()));
                return;
            }
            series = SeriesOrder.sorted(descriptor);
            List<FrameKey> keys = series.frames();
            if (keys.isEmpty()) {
                failLoad(new FrameFailure(FrameFailure.Where.TRANSPORT, "EMPTY_SERIES", 0, "metadata", false,
                        "the metadata of " + key + " at " + request.series().metadataUri() + " list no frames"));
                return;
            }
            prepare(keys);
            sink.seriesAdded(key, series);
            services.transport().viewAt(location(), views.focus());
            starts.startAll();
        }
    }

    private void prepare(List<FrameKey> keys) {
        frames = new FrameLoad[keys.size()];
        Map<FrameKey, Integer> index = new HashMap<>();
        for (int i = 0; i < frames.length; i++) {
            frames[i] = new FrameLoad(i, keys.get(i), series.instanceOf(keys.get(i)));
            index.put(keys.get(i), i);
        }
        indexOf = Map.copyOf(index);
        best = new AtomicReferenceArray<>(frames.length);
        coverage = new Coverage(frames.length);
        slabs = new FrameSlabs(java.util.Arrays.stream(frames).map(f -> f.instance.pixel()).toList(),
                services.heapRegionBytes());
        views.focusAt(request.kind() == SeriesKind.VOLUME ? frames.length / 2 : 0);
        plans = new Plans(services.retrieve(), configuration, frames.length);
        volume = new VolumeSignal(this);
    }

    /** Ends the load with a failure of the whole series (metadata, configuration). */
    void failLoad(FrameFailure failure) {
        synchronized (lock) {
            end(new LoadOutcome(LoadOutcome.Kind.FAILED, failure, 0, 0, frames.length));
        }
    }

    /** Ends the load once; the sink and the completion learn the outcome. Under the lock. */
    void end(LoadOutcome outcome) {
        if (ended) {
            return;
        }
        ended = true;
        if (volume != null) {
            volume.flush();
        }
        sink.loadEnded(key, outcome);
        completion.complete(outcome);
    }

    /** The outcome now that every frame is quiet. Under the lock. */
    LoadOutcome outcome() {
        for (FrameLoad f : frames) {
            if (f.failure != null) {
                return new LoadOutcome(LoadOutcome.Kind.FAILED, f.failure, framesFinal, framesFailed, frames.length);
            }
        }
        return new LoadOutcome(LoadOutcome.Kind.FINISHED, null, framesFinal, framesFailed, frames.length);
    }

    int indexOf(FrameKey frame) {
        Integer i = indexOf.get(frame);
        if (i == null) {
            throw new IllegalArgumentException(frame + " is not a frame of " + key);
        }
        return i;
    }

    @Override
    public SeriesKey series() {
        return key;
    }

    @Override
    public Optional<DecodedFrame> bestFrame(FrameKey frame) {
        Integer i = indexOf.get(frame);
        AtomicReferenceArray<DecodedFrame> images = best;
        return i == null || i >= images.length() ? Optional.empty() : Optional.ofNullable(images.get(i));
    }

    @Override
    public void frameShown(String viewId, FrameKey frame) {
        if (indexOf.isEmpty()) {
            return;
        }
        int i = indexOf(frame);
        synchronized (lock) {
            int before = views.focus();
            views.shown(viewId, i);
            services.transport().viewAt(location(), i);
            flow.refocus(frames[before], frames[i]);
        }
    }

    @Override
    public void viewResized(String viewId, int width, int height) {
        synchronized (lock) {
            views.resized(viewId, width, height);
            flow.displayChanged();
        }
    }

    @Override
    public void viewClosed(String viewId) {
        synchronized (lock) {
            views.closed(viewId);
        }
    }

    @Override
    public void fullQualityWanted(FrameKey frame) {
        if (indexOf.isEmpty()) {
            return;
        }
        int i = indexOf(frame);
        synchronized (lock) {
            frames[i].fullQualityWanted = true;
            FrameExchange ex = frames[i].exchange;
            if (ex != null) {
                ex.reprioritize(RequestType.INTERACTION, Integer.MIN_VALUE);
            }
            flow.wanted(frames[i]);
        }
    }

    @Override
    public void paused(boolean pause) {
        synchronized (lock) {
            paused = pause;
            if (!pause) {
                flow.resume();
            }
        }
    }

    @Override
    public CompletableFuture<LoadOutcome> completion() {
        return completion;
    }

    /**
     * Cancels without waiting for the load's lock first: the flag stops the threads that take it (the transport's
     * events, decodes returning, the frames still being queued) before they do anything; the decoders drop the
     * load's queued frames (a decode started meanwhile takes a core for milliseconds, which the rest of the cancel
     * needs on a busy machine); the transport takes the series' requests out of its queues in one pass (so that
     * none starts in a slot a cancelled one freed); only then is the lock taken once: whatever was asked while the
     * cancel came is cancelled after it, and nothing is asked or decoded later. (Taking the lock first waited behind
     * every thread queued on it, and cancelling frame by frame freed slots that started more of the series'
     * requests.)
     */
    @Override
    public CompletableFuture<LoadOutcome> cancel() {
        if (!cancelling.compareAndSet(false, true)) {
            return cancelled;
        }
        cancelRequested = true;
        services.decoding().cancel(this);
        services.transport().cancel(location());
        List<FrameExchange> late = new ArrayList<>();
        synchronized (lock) {
            flow.window.clear();
            decodes.cancelled();
            placeWait.cancelled();
            for (FrameLoad f : frames) {
                if (f.exchange != null) {
                    late.add(f.exchange);
                    f.exchange = null;
                }
                if (f.ahead != null && f.ahead.exchange != null) {
                    late.add(f.ahead.exchange);
                }
                f.ahead = null;
            }
        }
        late.forEach(FrameExchange::cancel);
        services.decoding().cancel(this).thenRun(this::released);
        return cancelled;
    }

    /** Nothing of the load is in flight any more: its buffers go, and the cancel completes. */
    private void released() {
        LoadOutcome outcome;
        synchronized (lock) {
            for (FrameLoad f : frames) {
                f.releaseBytes();
                // parts of slabs (an image's, a queued decode's target): the load must not keep the slabs
                // reachable once cancelled
                f.shownPart = null;
                f.lentParts.clear();
                f.prefixJob = null;
            }
            if (!ended) {
                KeptImages.copyOut(this);
            }
            if (slabs != null) {
                slabs.release();
            }
            encodedArrays.clear();
            best = new AtomicReferenceArray<>(0);
            if (!ended) {
                end(new LoadOutcome(LoadOutcome.Kind.CANCELLED, null, framesFinal, framesFailed, frames.length));
            }
            outcome = completion.join();
        }
        cancelled.complete(outcome);
    }

    @Override
    public CompletableFuture<LoadOutcome> retryFailed() {
        synchronized (lock) {
            if (cancelRequested || !ended) {
                return completion;
            }
            List<FrameLoad> failed = new ArrayList<>();
            for (FrameLoad f : frames) {
                if (f.failure != null) {
                    failed.add(f);
                }
            }
            if (failed.isEmpty()) {
                return completion;
            }
            completion = new CompletableFuture<>();
            ended = false;
            failed.forEach(flow::retry);
            return completion;
        }
    }

    @Override
    public LoadMetrics metrics() {
        synchronized (lock) {
            List<FrameMetrics> m = new ArrayList<>(frames.length);
            for (FrameLoad f : frames) {
                m.add(f.metrics());
            }
            return new LoadMetrics(key, configuration == null ? null : configuration.name(), m);
        }
    }
}
