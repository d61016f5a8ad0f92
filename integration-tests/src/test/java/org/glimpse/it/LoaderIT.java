package org.glimpse.it;

import static org.glimpse.it.SampleSeries.byRole;
import static org.glimpse.it.SampleSeries.location;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.loader.FrameMetrics;
import org.glimpse.api.loader.LevelEvent;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The ProgressiveLoader service as the workstation runs it (transport, codecs in their worker processes, retrieve
 * configuration, all wired by SCR) loading the reference server's series into a recording host: every frame ends
 * equal to the stored samples, no frame's status ever falls, and each configuration shows what it promises first.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoaderIT {

    private static final long TIMEOUT_SECONDS = 120;

    @Inject
    private ProgressiveLoader loader;

    @Inject
    private FrameTransport transport;

    @Inject
    private DecodeService decoding;

    @Configuration
    public Option[] config() throws Exception {
        ReferenceServerProcess.ensureStarted();
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "loader");
    }

    @Test
    public void aStackLoadsToFullResolutionEqualToTheStoredSamples() throws Exception {
        for (String role : List.of("dx", "ct")) {
            RecordingSink sink = new RecordingSink();
            SeriesLoad load = loader.load(new LoadRequest(location(byRole(role)), SeriesKind.STACK)
                    .withConfigurationName("sequential"), sink);
            LoadOutcome outcome = await(load, sink);
            assertEquals(role + ": " + outcome, LoadOutcome.Kind.FINISHED, outcome.kind());
            assertAllExact(role, sink, load);
        }
    }

    @Test
    public void glimpseVolumeShowsEverySliceAtItsCoarseLevelEndingTheRangeAtThatLevel() throws Exception {
        RecordingSink sink = new RecordingSink();
        SeriesLoad load = loader.load(new LoadRequest(location(byRole("ct")), SeriesKind.VOLUME)
                .withConfigurationName("glimpse-volume"), sink);
        assertEquals(LoadOutcome.Kind.FINISHED, await(load, sink).kind());
        assertAllExact("ct volume", sink, load);
        int coarseFirst = 0;
        for (InstanceDescriptor i : sink.descriptor.instances()) {
            FrameKey key = key(sink.descriptor, i);
            DecodedFrame first = sink.imagesOf(key).get(0);
            PublishedLevels levels = i.levelsOf(1, "/frames/", i.transferSyntaxUid());
            LevelEvent firstEvent = metrics(load, key).levels().get(0);
            if (first.quality() == ImageQualityStatus.FULL_RESOLUTION) {
                // the rest of the slice had landed before its coarse decode could start (a busy machine): the
                // loader coalesces the two into the whole-frame decode, which must then hold every byte
                assertEquals(key + ": a first image at full resolution comes from the whole frame", levels.length(),
                        firstEvent.bytes());
                continue;
            }
            assertEquals(key + " first image", ImageQualityStatus.SUBRESOLUTION, first.quality());
            int reduce = Math.min(3, levels.decompositions());
            assertEquals(key + " coarse level", reduce, first.reduce());
            assertEquals(key + ": the range ended where the level ends", levels.endOfReduce(reduce),
                    firstEvent.bytes());
            coarseFirst++;
        }
        assertTrue("no slice showed its coarse level first: this test no longer tests the configuration",
                coarseFirst > 0);
        assertEquals("coverage rises once per status", List.of(ImageQualityStatus.FAR_REPLICATE,
                ImageQualityStatus.ADJACENT_REPLICATE, ImageQualityStatus.SUBRESOLUTION, ImageQualityStatus.LOSSY,
                ImageQualityStatus.FULL_RESOLUTION), sink.coverage);
        assertTrue("a volume's host hears that frames changed", sink.volumeSignals > 0);
    }

    @Test
    public void interleavedVolumeLendsImagesToNeighboursUntilTheirOwnArrive() throws Exception {
        RecordingSink sink = new RecordingSink();
        SeriesLoad load = loader.load(new LoadRequest(location(byRole("ct")), SeriesKind.VOLUME)
                .withConfigurationName("interleaved"), sink);
        assertEquals(LoadOutcome.Kind.FINISHED, await(load, sink).kind());
        assertAllExact("ct interleaved", sink, load);
        long replicated = load.metrics().frames().stream().filter(m -> m.firstShownStatus() != null
                && m.firstShownStatus().value() <= ImageQualityStatus.ADJACENT_REPLICATE.value()).count();
        assertTrue("some slices first showed a neighbour's image: " + load.metrics().toCsv(), replicated > 0);
    }

    /**
     * What the loader asks for and the order of the statuses it hands over do not depend on the machine's speed;
     * which image comes first does (on a busy machine the whole frame can land before the thumbnail's decode
     * starts, and the thumbnail, no longer better, is never shown), so its geometry is checked when it was shown.
     */
    @Test
    public void theJpegLsThumbnailStageAsksForTheQuarterRenditionThenTheLosslessFrame() throws Exception {
        ServerRequests server = ServerRequests.mark();
        RecordingSink sink = new RecordingSink();
        SeriesLoad load = loader.load(new LoadRequest(location(byRole("dx")), SeriesKind.STACK)
                .withConfigurationName("jls-thumbnail"), sink);
        assertEquals(LoadOutcome.Kind.FINISHED, await(load, sink).kind());
        assertAllExact("dx jls", sink, load);
        InstanceDescriptor i = sink.descriptor.instances().get(0);
        List<ServerRequests.Logged> asked = server.await(i.sopInstanceUid(), 2);
        assertEquals("two requests: " + asked, 2, asked.size());
        assertTrue("the quarter-size rendition first: " + asked, asked.get(0).path().endsWith("/jlsThumbnail/1"));
        assertTrue("then the lossless frame: " + asked, asked.get(1).path().endsWith("/jls/1"));
        assertEquals("neither asks a range: " + asked, List.of("-", "-"), asked.stream().map(ServerRequests.Logged::range)
                .toList());
        List<DecodedFrame> shown = sink.imagesOf(key(sink.descriptor, i));
        for (DecodedFrame image : shown.subList(0, shown.size() - 1)) {
            assertEquals("only the thumbnail comes before the final image", ImageQualityStatus.SUBRESOLUTION,
                    image.quality());
            assertEquals("a server-made rendition is no JPEG 2000 reduce", 0, image.reduce());
            assertReducedGeometry(i, image, 2);
        }
    }

    /** As above: the ranges asked are certain, the first image shown depends on the machine's speed. */
    @Test
    public void aViewSmallerThanTheImageAsksForTheLevelThatFillsItThenTheRest() throws Exception {
        ServerRequests server = ServerRequests.mark();
        RecordingSink sink = new RecordingSink();
        JsonNode dx = byRole("dx");
        int rows = dx.path("instances").get(0).path("rows").asInt();
        // the view's size comes with the request: a viewResized after load() would race the first requests
        SeriesLoad load = loader.load(new LoadRequest(location(dx), SeriesKind.STACK)
                .withConfigurationName("htj2k-level-range").withViewSize(rows / 4, rows / 4), sink);
        assertEquals(LoadOutcome.Kind.FINISHED, await(load, sink).kind());
        assertAllExact("dx level range", sink, load);
        InstanceDescriptor i = sink.descriptor.instances().get(0);
        long levelEnd = i.levelsOf(1, "/frames/", i.transferSyntaxUid()).endOfReduce(2);
        List<ServerRequests.Logged> asked = server.await(i.sopInstanceUid(), 2);
        assertEquals("the 1/4 level to its last byte, then the rest: " + asked,
                List.of("bytes=0-" + (levelEnd - 1), "bytes=" + levelEnd + "-"),
                asked.stream().map(ServerRequests.Logged::range).toList());
        assertEquals("both answered with their range: " + asked, List.of(206, 206),
                asked.stream().map(ServerRequests.Logged::status).toList());
        FrameKey key = key(sink.descriptor, i);
        List<DecodedFrame> shown = sink.imagesOf(key);
        List<LevelEvent> levels = metrics(load, key).levels();
        for (int k = 0; k < shown.size() - 1; k++) {
            assertEquals("only the level that fills the view comes before the final image", 2, shown.get(k).reduce());
            assertReducedGeometry(i, shown.get(k), 2);
            assertEquals("decoded from the first range's bytes", levelEnd, levels.get(k).bytes());
        }
    }

    @Test
    public void cancellingLeavesNoRequestOrDecodeInFlightAndFreesTheImages() throws Exception {
        RecordingSink sink = new RecordingSink();
        SeriesLocation ct = location(byRole("ct"));
        SeriesLoad load = loader.load(new LoadRequest(ct, SeriesKind.VOLUME, null, slowVolume(), null), sink);
        Eventually.until("a first image", () -> sink.images.size(), n -> n > 0);
        LoadOutcome outcome = load.cancel().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertEquals(LoadOutcome.Kind.CANCELLED, outcome.kind());
        assertEquals("nothing of the series is queued or running", 0, transport.cancel(ct));
        assertEquals("the cancelled outcome reached the host", outcome, sink.ended.getNow(null));
        FrameKey any = sink.images.keySet().iterator().next();
        assertFalse("the loader's images are released", load.bestFrame(any).isPresent());
        int events = sink.events.size();
        Thread.sleep(300);
        assertEquals("no call after the outcome: " + sink.violations, events, sink.events.size());
        assertTrue(sink.violations.toString(), sink.violations.isEmpty());
    }

    @Test
    public void cancellingDropsTheSeriesDecodesAndLetsItsSlabsGo() throws Exception {
        WeakSink sink = new WeakSink();
        SeriesLocation ct = location(byRole("ct"));
        SeriesLoad load = loader.load(new LoadRequest(ct, SeriesKind.VOLUME, null, slowVolume(), null), sink);
        Eventually.until("a full-resolution slice", () -> sink.fullImages, n -> n >= 1, TIMEOUT_SECONDS * 1000);
        assertTrue("final images live in slabs shared by several frames: " + sink.largestArrayValues + " values for "
                + sink.frameValues + " a frame", sink.largestArrayValues >= 2 * sink.frameValues);
        LoadOutcome outcome = load.cancel().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        // the small test series may have finished just before the cancel: then every frame is final
        assertTrue("cancelled, or already finished whole: " + outcome, outcome.kind() == LoadOutcome.Kind.CANCELLED
                || outcome.kind() == LoadOutcome.Kind.FINISHED && outcome.framesFinal() == outcome.framesTotal());
        assertEquals("no decode waits in the decode service", 0, decoding.waiting());
        assertEquals("nothing of the series is queued or running in the transport", 0, transport.cancel(ct));
        Eventually.until("the series' slabs collected", () -> {
            System.gc();
            return sink.alive();
        }, n -> n == 0, 20_000);
        assertEquals("the load outcome reached the host", outcome, sink.ended.getNow(null));
    }

    @Test
    public void aHostStillShowingACancelledSeriesHoldsItsImagesNotTheirSlabs() throws Exception {
        WeakSink sink = WeakSink.keeping();
        SeriesLocation ct = location(byRole("ct"));
        SeriesLoad load = loader.load(new LoadRequest(ct, SeriesKind.VOLUME, null, slowVolume(), null), sink);
        Eventually.until("a full-resolution slice", () -> sink.fullImages, n -> n >= 1, TIMEOUT_SECONDS * 1000);
        LoadOutcome outcome = load.cancel().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (outcome.kind() == LoadOutcome.Kind.CANCELLED && outcome.framesFinal() * 2 < outcome.framesTotal()) {
            // fewer than half the slices final: every slab is mostly empty, and what the host keeps is copied out
            Eventually.until("the series' slabs collected while the host keeps its images", () -> {
                System.gc();
                return sink.alive();
            }, n -> n == 0, 20_000);
        }
        synchronized (sink) {
            assertTrue("images handed over again keep their values: " + sink.changed, sink.changed.isEmpty());
            assertTrue("the host still has its images", sink.kept.size() >= 1);
        }
    }

    /** Glimpse's volume configuration over the emulated 4G link, so that a cancel lands mid-load. */
    private static RetrieveConfiguration slowVolume() {
        Map<String, String> fourG = Map.of("profile", "4g");
        return new RetrieveConfiguration("slow-volume", List.of(
                new RetrieveStage("coarse", "coarse", List.of(), 1, 0, RequestType.THUMBNAIL, 0, List.of()),
                new RetrieveStage("rest", "rest", List.of(), 1, 0, RequestType.PREFETCH, 0, List.of())), Map.of(
                "coarse", new RetrieveOptions(null, fourG, false, 0, 4_096, 1, null, true, false),
                "rest", new RetrieveOptions(null, fourG, false, -1, 4_096, null, null, false, false)));
    }

    static LoadOutcome await(SeriesLoad load, RecordingSink sink) throws Exception {
        LoadOutcome o = load.completion().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertEquals("the host got the same outcome", o, sink.ended.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertTrue("host SPI promises broken: " + sink.violations, sink.violations.isEmpty());
        return o;
    }

    /** Every frame's last image is FULL_RESOLUTION, full size, equal to the stored samples; the loader agrees. */
    static void assertAllExact(String what, RecordingSink sink, SeriesLoad load) throws Exception {
        SeriesDescriptor d = sink.descriptor;
        assertNotNull(what + ": seriesAdded", d);
        List<String> checked = new ArrayList<>();
        for (FrameKey key : d.frames()) {
            DecodedFrame last = sink.last(key);
            assertNotNull(what + ": no image for " + key, last);
            assertEquals(what + " " + key, ImageQualityStatus.FULL_RESOLUTION, last.quality());
            assertEquals(what + " " + key + " reduce", 0, last.reduce());
            assertNotNull(what + " " + key + " says the transfer syntax it arrived in", last.transferSyntaxUid());
            PixelBuffer.Shorts px = (PixelBuffer.Shorts) last.pixels();
            assertArrayEquals(what + " " + key, raw(key), java.util.Arrays.copyOfRange(px.values(), px.offset(),
                    px.offset() + px.length()));
            assertEquals(what + " " + key + " bestFrame", last, load.bestFrame(key, ImageQualityStatus.LOSSY)
                    .orElse(null));
            FrameMetrics m = metrics(load, key);
            assertTrue(what + " " + key + " final time", m.finalNanos() >= m.firstShownNanos());
            for (int k = 1; k < m.levels().size(); k++) {
                assertTrue(what + " " + key + " statuses never decrease: " + m.levels(),
                        m.levels().get(k).status().compareTo(m.levels().get(k - 1).status()) >= 0);
            }
            checked.add(key.toString());
        }
        assertEquals(what + " frames checked", d.frameCount(), checked.size());
    }

    /** An image 2^level smaller than its frame: its size, its scale, and its pixel spacing at that scale. */
    private static void assertReducedGeometry(InstanceDescriptor i, DecodedFrame image, int level) {
        assertEquals("width", (i.pixel().columns() + (1 << level) - 1) >> level, image.width());
        assertEquals("height", (i.pixel().rows() + (1 << level) - 1) >> level, image.height());
        assertTrue("reduced", image.reduced());
        assertEquals("scale x", 1 << level, image.scaleX(), 1e-9);
        assertEquals("scale y", 1 << level, image.scaleY(), 1e-9);
        double[] spacing = i.plane().pixelSpacing();
        assertEquals("row spacing at the decoded size", spacing[0] * image.scaleY(), image.pixelSpacing()[0], 1e-9);
        assertEquals("column spacing at the decoded size", spacing[1] * image.scaleX(), image.pixelSpacing()[1],
                1e-9);
        assertEquals("the reduced image spans the frame's field of view", i.pixel().columns() * spacing[1],
                image.width() * image.pixelSpacing()[1], spacing[1] * (1 << level));
    }

    static FrameMetrics metrics(SeriesLoad load, FrameKey key) {
        return load.metrics().frames().stream().filter(m -> m.frame().equals(key)).findFirst().orElseThrow();
    }

    static FrameKey key(SeriesDescriptor d, InstanceDescriptor i) {
        return new FrameKey(d.studyInstanceUid(), d.seriesInstanceUid(), i.sopInstanceUid(), 1);
    }

    static short[] raw(FrameKey key) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(framesDir(key).resolve(key.frameNumber() + ".raw")))
                .order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[b.remaining() / 2];
        b.asShortBuffer().get(samples);
        return samples;
    }

    static Path framesDir(FrameKey key) {
        return Path.of(System.getProperty(ReferenceServerProcess.DATA_ROOT), "dicomweb", "studies",
                key.studyInstanceUid(), "series", key.seriesInstanceUid(), "instances", key.sopInstanceUid(),
                "frames");
    }
}
