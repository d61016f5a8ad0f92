package org.glimpse.workbench.internal.headless;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.host.SeriesSink;
import org.glimpse.api.loader.LoadMetrics;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.FrameTransport;

/**
 * Stands in for the workstation's progressive loader until its bundle is installed: whole frames, two at a
 * time, in series order, each decoded once by the best available decoder of the syntax it arrived in. It
 * keeps the host SPI's contract (metadata, images, failures, progress, one end) so the host runs unchanged.
 */
final class SequentialStandIn implements ProgressiveLoader {

    private static final int WORKERS = 2;
    private static final long FRAME_TIMEOUT_SECONDS = 120;
    /** Whole 3036² frames on a busy two-core machine can take seconds: a generous hang budget. */
    private static final DecodeOptions STAND_IN_DECODE = new DecodeOptions(DecodeOptions.BEST_AVAILABLE, 2, 20_000);

    private final FrameTransport transport;
    private final RetrieveConfigurationService configurations;
    private final List<FrameDecoder> decoders; // best ranked first

    SequentialStandIn(FrameTransport transport, RetrieveConfigurationService configurations,
            List<FrameDecoder> decoders) {
        this.transport = transport;
        this.configurations = configurations;
        this.decoders = decoders;
    }

    @Override
    public SeriesLoad load(LoadRequest request, SeriesSink sink) {
        Load load = new Load(request, sink);
        if (request.metadata() != null) {
            load.begin(request.metadata());
            return load;
        }
        transport.seriesMetadata(request.series()).whenComplete((series, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                load.fail(new FrameFailure(FrameFailure.Where.TRANSPORT, "METADATA", 0, "metadata", true,
                        "cannot read " + request.series().metadataUri() + ": " + cause.getMessage()));
            } else {
                load.begin(series);
            }
        });
        return load;
    }

    private final class Load implements SeriesLoad {
        private final LoadRequest request;
        private final SeriesSink sink;
        private final SeriesKey key;
        private final CompletableFuture<LoadOutcome> completion = new CompletableFuture<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger workers = new AtomicInteger(WORKERS);
        private volatile FrameFailure firstFailure;

        Load(LoadRequest request, SeriesSink sink) {
            this.request = request;
            this.sink = sink;
            this.key = new SeriesKey(request.series().studyInstanceUid(), request.series().seriesInstanceUid());
        }

        void begin(SeriesDescriptor series) {
            if (series.frames().isEmpty()) {
                fail(new FrameFailure(FrameFailure.Where.TRANSPORT, "EMPTY", 0, "metadata", false, "series "
                        + key.seriesInstanceUid() + " has no instances at " + request.series().metadataUri()));
                return;
            }
            sink.seriesAdded(key, series);
            for (int i = 0; i < WORKERS; i++) {
                Thread t = new Thread(() -> work(series), "glimpse-stand-in-" + i);
                t.setDaemon(true);
                t.start();
            }
        }

        void fail(FrameFailure failure) {
            end(new LoadOutcome(LoadOutcome.Kind.FAILED, failure, 0, 0, 0));
        }

        private void work(SeriesDescriptor series) {
            List<FrameKey> keys = series.frames();
            for (int i; (i = next.getAndIncrement()) < keys.size() && !cancelled.get();) {
                FrameKey frame = keys.get(i);
                try {
                    deliver(series, frame, i);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    FrameFailure f = new FrameFailure(e instanceof DecodeException ? FrameFailure.Where.CODEC
                            : FrameFailure.Where.TRANSPORT, e.getClass().getSimpleName(), 0, "stand-in", false,
                            String.valueOf(e.getMessage()));
                    firstFailure = firstFailure == null ? f : firstFailure;
                    sink.frameFailed(key, frame, f);
                }
                sink.progress(key, done.get(), keys.size());
            }
            if (workers.decrementAndGet() == 0) {
                LoadOutcome.Kind kind = cancelled.get() ? LoadOutcome.Kind.CANCELLED
                        : failed.get() > 0 ? LoadOutcome.Kind.FAILED : LoadOutcome.Kind.FINISHED;
                end(new LoadOutcome(kind, kind == LoadOutcome.Kind.FAILED ? firstFailure : null, done.get(),
                        failed.get(), keys.size()));
            }
        }

        private void deliver(SeriesDescriptor series, FrameKey frame, int index) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            FrameListener listener = new FrameListener() {
                @Override
                public void onContent(long offset, ByteBuffer chunk) {
                    byte[] b = new byte[chunk.remaining()];
                    chunk.get(b);
                    synchronized (bytes) {
                        bytes.write(b, 0, b.length);
                    }
                }
            };
            List<String> accept = configurations.siteFor(request.series().wadoRoot()).preferredTransferSyntaxes();
            FrameRequest r = new FrameRequest(request.series(), frame, index, null, null, null, accept,
                    RequestType.INTERACTION, 0, "stand-in");
            FrameResult result;
            try {
                result = transport.fetch(r, listener).completion().get(FRAME_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            }
            String ts = result.info().transferSyntaxUid();
            byte[] data;
            synchronized (bytes) {
                data = bytes.toByteArray();
            }
            FrameDecoder decoder = decoderFor(ts);
            DecodedFrame decoded = decoder.decode(new EncodedFrame(frame, ts, series.instanceOf(frame).pixel(), data,
                    data.length, true), STAND_IN_DECODE);
            DecodedFrame shown = decoded.lentTo(frame, lossy(ts) ? ImageQualityStatus.LOSSY
                    : ImageQualityStatus.FULL_RESOLUTION);
            done.incrementAndGet();
            if (sink instanceof SinkAdapter adapter) {
                adapter.frameUpdated(shown, ts);
            } else {
                sink.frameUpdated(key, shown);
            }
        }

        private FrameDecoder decoderFor(String ts) {
            return decoders.stream().filter(d -> d.isAvailable() && d.transferSyntaxes().contains(ts)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no decoder available for transfer syntax " + ts));
        }

        private void end(LoadOutcome outcome) {
            sink.loadEnded(key, outcome);
            completion.complete(outcome);
        }

        @Override
        public SeriesKey series() {
            return key;
        }

        @Override
        public CompletableFuture<LoadOutcome> completion() {
            return completion;
        }

        @Override
        public CompletableFuture<LoadOutcome> cancel() {
            cancelled.set(true);
            transport.cancel(request.series());
            return completion;
        }

        @Override
        public CompletableFuture<LoadOutcome> retryFailed() {
            return completion;
        }

        @Override
        public LoadMetrics metrics() {
            return new LoadMetrics(key, "stand-in", List.of());
        }

        @Override
        public Optional<DecodedFrame> bestFrame(FrameKey frame) {
            return Optional.empty();
        }

        @Override
        public void frameShown(String viewId, FrameKey frame) {
        }

        @Override
        public void viewResized(String viewId, int width, int height) {
        }

        @Override
        public void viewClosed(String viewId) {
        }

        @Override
        public void fullQualityWanted(FrameKey frame) {
        }

        @Override
        public void paused(boolean paused) {
        }
    }

    private static boolean lossy(String ts) {
        return TransferSyntax.JPEG_BASELINE.equals(ts) || TransferSyntax.JPEG_EXTENDED.equals(ts)
                || TransferSyntax.JPEG_2000.equals(ts) || TransferSyntax.HTJ2K.equals(ts)
                || TransferSyntax.JPEG_LS_NEAR_LOSSLESS.equals(ts);
    }
}
