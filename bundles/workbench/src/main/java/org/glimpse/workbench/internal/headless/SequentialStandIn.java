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
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.host.SeriesSink;
import org.glimpse.api.loader.FrameMetrics;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.ImageQualityStatus;
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
        transport.seriesMetadata(request.series()).whenComplete((series, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                load.end(null, "cannot read the metadata of " + request.series().metadataUri() + ": "
                        + cause.getMessage());
            } else if (series.frames().isEmpty()) {
                load.end(series, "series " + request.series().seriesInstanceUid() + " has no instances at "
                        + request.series().metadataUri());
            } else {
                sink.seriesAdded(series);
                load.start(series);
            }
        });
        return load;
    }

    private final class Load implements SeriesLoad {
        private final LoadRequest request;
        private final SeriesSink sink;
        private final CompletableFuture<SeriesDescriptor> completion = new CompletableFuture<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger workers = new AtomicInteger(WORKERS);

        Load(LoadRequest request, SeriesSink sink) {
            this.request = request;
            this.sink = sink;
        }

        void start(SeriesDescriptor series) {
            for (int i = 0; i < WORKERS; i++) {
                Thread t = new Thread(() -> work(series), "glimpse-stand-in-" + i);
                t.setDaemon(true);
                t.start();
            }
        }

        private void work(SeriesDescriptor series) {
            List<FrameKey> keys = series.frames();
            for (int i; (i = next.getAndIncrement()) < keys.size() && !cancelled.get();) {
                FrameKey key = keys.get(i);
                try {
                    deliver(series, key, i);
                } catch (Exception e) {
                    failed.incrementAndGet();
                    sink.frameFailed(key, e.getMessage());
                }
                sink.progress(series, done.get(), keys.size());
            }
            if (workers.decrementAndGet() == 0) {
                end(series, cancelled.get() ? null : failed.get() == 0 ? null
                        : failed.get() + " of " + keys.size() + " frames failed");
            }
        }

        private void deliver(SeriesDescriptor series, FrameKey key, int index) throws Exception {
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
            FrameRequest r = new FrameRequest(request.series(), key, index, null, null, null, accept,
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
            DecodedFrame frame = decoder.decode(new EncodedFrame(key, ts, series.instanceOf(key).pixel(), data,
                    data.length, true), DecodeOptions.DEFAULT);
            DecodedFrame shown = frame.lentTo(key, lossy(ts) ? ImageQualityStatus.LOSSY
                    : ImageQualityStatus.FULL_RESOLUTION);
            done.incrementAndGet();
            if (sink instanceof SinkAdapter adapter) {
                adapter.frameUpdated(shown, ts);
            } else {
                sink.frameUpdated(shown);
            }
        }

        private FrameDecoder decoderFor(String ts) {
            return decoders.stream().filter(d -> d.isAvailable() && d.transferSyntaxes().contains(ts)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no decoder available for transfer syntax " + ts));
        }

        void end(SeriesDescriptor series, String reason) {
            sink.loadFinished(series, cancelled.get(), reason);
            completion.complete(series);
        }

        @Override
        public CompletableFuture<SeriesDescriptor> completion() {
            return completion;
        }

        @Override
        public void cancel() {
            cancelled.set(true);
            transport.cancel(request.series());
        }

        @Override
        public List<FrameMetrics> metrics() {
            return List.of();
        }

        @Override
        public Optional<DecodedFrame> bestFrame(FrameKey frame) {
            return Optional.empty();
        }

        @Override
        public void frameShown(FrameKey frame) {
        }
    }

    private static boolean lossy(String ts) {
        return TransferSyntax.JPEG_BASELINE.equals(ts) || TransferSyntax.JPEG_EXTENDED.equals(ts)
                || TransferSyntax.JPEG_2000.equals(ts) || TransferSyntax.HTJ2K.equals(ts)
                || TransferSyntax.JPEG_LS_NEAR_LOSSLESS.equals(ts);
    }
}
