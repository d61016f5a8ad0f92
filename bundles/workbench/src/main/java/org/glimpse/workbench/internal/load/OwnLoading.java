package org.glimpse.workbench.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.SeriesSink;
import org.glimpse.api.loader.LoadMetrics;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.api.transport.TransportException;

/**
 * The host's own loading, used when progressive loading is switched off (or no loader runs): every frame
 * fetched whole and shown once decoded, as a viewer without Glimpse loads a series. It feeds the same
 * {@link SeriesSink} and answers the same {@link SeriesLoad} calls, so the views cannot tell the two apart
 * except by the quality steps. View sizes do not matter to it: it always fetches full frames.
 */
public final class OwnLoading implements SeriesLoad {

    private static final String STAGE = "host-whole-frame";
    /** A whole 3036² frame on a busy two-core machine can take seconds to decode: a generous hang budget. */
    private static final DecodeOptions WHOLE_FRAME = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 2, 20_000);

    private final FrameTransport transport;
    private final DecoderChoice decoders;
    private final Executor decodeExecutor;
    private final SeriesLocation location;
    private final SeriesKey key;
    private final List<String> acceptTransferSyntaxes;
    private final SeriesSink sink;
    private final long startNanos = System.nanoTime();
    private volatile CompletableFuture<LoadOutcome> completion = new CompletableFuture<>();
    private volatile List<FrameRecord> frames = List.of();
    private volatile SeriesDescriptor series;
    private volatile boolean stopped;

    public OwnLoading(FrameTransport transport, DecoderChoice decoders, Executor decodeExecutor,
            SeriesLocation location, List<String> acceptTransferSyntaxes, SeriesSink sink) {
        this.transport = transport;
        this.decoders = decoders;
        this.decodeExecutor = decodeExecutor;
        this.location = location;
        this.key = new SeriesKey(location.studyInstanceUid(), location.seriesInstanceUid());
        this.acceptTransferSyntaxes = List.copyOf(acceptTransferSyntaxes);
        this.sink = sink;
    }

    /** Reads the metadata, then queues every frame; returns at once. */
    public OwnLoading start() {
        transport.seriesMetadata(location).whenComplete((s, failure) -> {
            if (failure != null) {
                FrameFailure f = transportFailure(failure, "metadata");
                end(new LoadOutcome(LoadOutcome.Kind.FAILED, f, 0, 0, 0));
                return;
            }
            series = s;
            List<FrameRecord> records = new ArrayList<>();
            List<FrameKey> keys = s.frames();
            for (int i = 0; i < keys.size(); i++) {
                records.add(new FrameRecord(keys.get(i), i));
            }
            frames = List.copyOf(records);
            sink.seriesAdded(key, s);
            fetch(frames);
        });
        return this;
    }

    private void fetch(List<FrameRecord> todo) {
        if (todo.isEmpty()) {
            maybeEnd();
        }
        for (FrameRecord r : todo) {
            if (stopped) {
                return;
            }
            FrameBytes bytes = new FrameBytes();
            FrameRequest request = new FrameRequest(location, r.key, r.index, null, null, null, acceptTransferSyntaxes,
                    RequestType.INTERACTION, 0, STAGE);
            transport.fetch(request, bytes).completion().whenCompleteAsync((result, failure) -> {
                if (failure != null) {
                    done(r, transportFailure(failure, STAGE));
                } else {
                    decode(r, bytes);
                }
            }, decodeExecutor);
        }
    }

    private void decode(FrameRecord r, FrameBytes bytes) {
        String ts = bytes.transferSyntaxUid();
        Optional<FrameDecoder> decoder = ts == null ? Optional.empty() : decoders.forSyntax(ts);
        if (decoder.isEmpty()) {
            done(r, new FrameFailure(FrameFailure.Where.CONFIGURATION, "INVALID", 0, STAGE, false,
                    "no decoder available for transfer syntax " + ts + " of " + r.key));
            return;
        }
        long t0 = System.nanoTime();
        try {
            EncodedFrame encoded = new EncodedFrame(r.key, ts, series.instanceOf(r.key).pixel(), bytes.data(),
                    bytes.length(), true);
            DecodedFrame frame = decoder.get().decode(encoded, WHOLE_FRAME);
            r.decodeMillis = (System.nanoTime() - t0) / 1e6;
            r.bytes = bytes.length();
            r.shownNanos = System.nanoTime() - startNanos;
            r.image = frame;
            sink.frameUpdated(key, frame);
            done(r, null);
        } catch (DecodeException e) {
            done(r, new FrameFailure(FrameFailure.Where.CODEC, e.kind().name(), 0, STAGE, false,
                    decoder.get().name() + ": " + e.getMessage()));
        }
    }

    private void done(FrameRecord r, FrameFailure failure) {
        if (failure != null) {
            if (stopped) {
                return;
            }
            r.failure = failure;
            sink.frameFailed(key, r.key, failure);
        }
        List<FrameRecord> all = frames;
        sink.progress(key, (int) all.stream().filter(f -> f.image != null).count(), all.size());
        sink.volumeChanged(key, 1);
        maybeEnd();
    }

    private synchronized void maybeEnd() {
        List<FrameRecord> all = frames;
        if (stopped || !all.stream().allMatch(FrameRecord::done)) {
            return;
        }
        int ok = (int) all.stream().filter(f -> f.image != null).count();
        FrameFailure first = all.stream().map(f -> f.failure).filter(f -> f != null).findFirst().orElse(null);
        end(new LoadOutcome(first == null ? LoadOutcome.Kind.FINISHED : LoadOutcome.Kind.FAILED, first, ok,
                all.size() - ok, all.size()));
    }

    private synchronized void end(LoadOutcome outcome) {
        if (!completion.isDone()) {
            sink.loadEnded(key, outcome);
            completion.complete(outcome);
        }
    }

    private static FrameFailure transportFailure(Throwable t, String stage) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof TransportException te) {
            String kind = te.cancelled() ? "CANCELLED" : te.status() > 0 ? "HTTP_STATUS" : "CONNECTION";
            return new FrameFailure(FrameFailure.Where.TRANSPORT, kind, te.status(), stage,
                    te.status() == 0 || te.status() >= 500, te.getMessage());
        }
        return new FrameFailure(FrameFailure.Where.TRANSPORT, "CONNECTION", 0, stage, true, String.valueOf(cause));
    }

    @Override
    public SeriesKey series() {
        return key;
    }

    @Override
    public Optional<DecodedFrame> bestFrame(FrameKey frame) {
        return frames.stream().filter(r -> r.key.equals(frame)).map(r -> r.image).filter(f -> f != null).findFirst();
    }

    @Override
    public void frameShown(String viewId, FrameKey frame) {
        frames.stream().filter(r -> r.key.equals(frame)).findFirst()
                .ifPresent(r -> transport.viewAt(location, r.index));
    }

    @Override
    public void viewResized(String viewId, int width, int height) {
        // whole frames are fetched whatever the view's size
    }

    @Override
    public void viewClosed(String viewId) {
        // nothing is planned per view
    }

    @Override
    public void fullQualityWanted(FrameKey frame) {
        frameShown("full-quality", frame);
    }

    /** Pausing cancels what is queued; resuming fetches every frame not done yet. */
    @Override
    public void paused(boolean paused) {
        if (paused && !stopped) {
            stopped = true;
            transport.cancel(location);
        } else if (!paused && stopped && !completion.isDone()) {
            stopped = false;
            fetch(frames.stream().filter(r -> !r.done()).toList());
        }
    }

    @Override
    public CompletableFuture<LoadOutcome> completion() {
        return completion;
    }

    @Override
    public CompletableFuture<LoadOutcome> cancel() {
        stopped = true;
        transport.cancel(location);
        List<FrameRecord> all = frames;
        int ok = (int) all.stream().filter(f -> f.image != null).count();
        int failed = (int) all.stream().filter(f -> f.failure != null && f.image == null).count();
        end(new LoadOutcome(LoadOutcome.Kind.CANCELLED, null, ok, failed, all.size()));
        return completion;
    }

    @Override
    public synchronized CompletableFuture<LoadOutcome> retryFailed() {
        List<FrameRecord> failed = frames.stream().filter(r -> r.failure != null && r.image == null).toList();
        if (failed.isEmpty() || stopped) {
            return completion;
        }
        failed.forEach(r -> r.failure = null);
        completion = new CompletableFuture<>();
        fetch(failed);
        return completion;
    }

    @Override
    public LoadMetrics metrics() {
        return new LoadMetrics(key, STAGE, frames.stream().map(r -> r.metrics(STAGE)).toList());
    }
}
