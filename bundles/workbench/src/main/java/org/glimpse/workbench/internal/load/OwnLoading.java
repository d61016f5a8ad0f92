package org.glimpse.workbench.internal.load;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.host.SeriesSink;
import org.glimpse.api.loader.FrameMetrics;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;

/**
 * The host's own loading, used when progressive loading is switched off (or no loader is running): every
 * frame fetched whole, in order, and shown once decoded, as a viewer without Glimpse loads a series. It
 * feeds the same {@link SeriesSink}, so the views cannot tell the two apart except by the quality steps.
 */
public final class OwnLoading implements SeriesLoad {

    private static final String STAGE = "host-whole-frame";

    private final FrameTransport transport;
    private final DecoderChoice decoders;
    private final Executor decodeExecutor;
    private final SeriesLocation location;
    private final List<String> acceptTransferSyntaxes;
    private final SeriesSink sink;
    private final long startNanos = System.nanoTime();
    private final CompletableFuture<SeriesDescriptor> completion = new CompletableFuture<>();
    private final ConcurrentHashMap<FrameKey, DecodedFrame> held = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<FrameKey, FrameMetrics> metrics = new ConcurrentHashMap<>();
    private final AtomicInteger framesDone = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile SeriesDescriptor series;

    public OwnLoading(FrameTransport transport, DecoderChoice decoders, Executor decodeExecutor,
            SeriesLocation location, List<String> acceptTransferSyntaxes, SeriesSink sink) {
        this.transport = transport;
        this.decoders = decoders;
        this.decodeExecutor = decodeExecutor;
        this.location = location;
        this.acceptTransferSyntaxes = List.copyOf(acceptTransferSyntaxes);
        this.sink = sink;
    }

    /** Reads the metadata, then queues every frame; returns at once. */
    public OwnLoading start() {
        transport.seriesMetadata(location).whenComplete((s, failure) -> {
            if (failure != null) {
                finish(new SeriesDescriptor(location.studyInstanceUid(), location.seriesInstanceUid(), null,
                        List.of()), "metadata of " + location.seriesUri() + ": " + failure.getMessage());
                return;
            }
            series = s;
            sink.seriesAdded(s);
            fetchAll(s);
        });
        return this;
    }

    private void fetchAll(SeriesDescriptor s) {
        List<FrameKey> frames = s.frames();
        if (frames.isEmpty()) {
            finish(s, null);
        }
        for (int i = 0; i < frames.size() && !cancelled; i++) {
            FrameKey key = frames.get(i);
            FrameBytes bytes = new FrameBytes();
            FrameRequest request = new FrameRequest(location, key, i, null, null, null, acceptTransferSyntaxes,
                    RequestType.INTERACTION, 0, STAGE);
            FrameExchange exchange = transport.fetch(request, bytes);
            int index = i;
            exchange.completion().whenCompleteAsync((result, failure) -> {
                if (failure != null) {
                    frameDone(key, index, null, failure.getMessage());
                } else {
                    decode(s, key, index, bytes);
                }
            }, decodeExecutor);
        }
    }

    private void decode(SeriesDescriptor s, FrameKey key, int index, FrameBytes bytes) {
        String ts = bytes.transferSyntaxUid();
        Optional<FrameDecoder> decoder = ts == null ? Optional.empty() : decoders.forSyntax(ts);
        if (decoder.isEmpty()) {
            frameDone(key, index, null, "no decoder available for transfer syntax " + ts);
            return;
        }
        try {
            EncodedFrame encoded = new EncodedFrame(key, ts, s.instanceOf(key).pixel(), bytes.data(), bytes.length(),
                    true);
            DecodedFrame frame = decoder.get().decode(encoded, DecodeOptions.DEFAULT);
            held.put(key, frame);
            sink.frameUpdated(frame);
            frameDone(key, index, frame, null);
        } catch (DecodeException | RuntimeException e) {
            frameDone(key, index, null, decoder.get().name() + ": " + e.getMessage());
        }
    }

    private void frameDone(FrameKey key, int index, DecodedFrame frame, String error) {
        long t = System.nanoTime() - startNanos;
        metrics.put(key, new FrameMetrics(key, index, frame == null ? -1 : t, frame == null ? -1 : t,
                0, STAGE, frame == null ? null : frame.quality(), error));
        if (error != null) {
            sink.frameFailed(key, error);
        }
        SeriesDescriptor s = series;
        int done = framesDone.incrementAndGet();
        sink.progress(s, done, s.frames().size());
        if (done == s.frames().size()) {
            finish(s, null);
        }
    }

    private void finish(SeriesDescriptor s, String reason) {
        if (completion.isDone()) {
            return;
        }
        sink.loadFinished(s, cancelled, reason);
        completion.complete(s);
    }

    @Override
    public Optional<DecodedFrame> bestFrame(FrameKey frame) {
        return Optional.ofNullable(held.get(frame));
    }

    @Override
    public void frameShown(FrameKey frame) {
        SeriesDescriptor s = series;
        if (s != null) {
            transport.viewAt(location, s.frames().indexOf(frame));
        }
    }

    @Override
    public CompletableFuture<SeriesDescriptor> completion() {
        return completion;
    }

    @Override
    public void cancel() {
        cancelled = true;
        transport.cancel(location);
        SeriesDescriptor s = series;
        finish(s != null ? s : new SeriesDescriptor(location.studyInstanceUid(), location.seriesInstanceUid(),
                null, List.of()), null);
    }

    @Override
    public List<FrameMetrics> metrics() {
        SeriesDescriptor s = series;
        if (s == null) {
            return List.of();
        }
        return s.frames().stream().map(metrics::get).filter(m -> m != null).toList();
    }
}
