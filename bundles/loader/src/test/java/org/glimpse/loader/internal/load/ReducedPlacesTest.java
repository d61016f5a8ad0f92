package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instances;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.RequestMetrics;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A volume that shows a reduced level of every slice before its rest (as Cornerstone3D's interleaved one does):
 * the reduced images live in the places of slices whose rest comes later, not in arrays of their own, and no
 * decode ever writes under an image a frame shows.
 */
class ReducedPlacesTest {

    private static final String TS = "1.2.826.0.1.3680043.10.1071.1";
    private static final int FRAMES = 40;
    private static final int VIEW = FRAMES / 2;
    private static final PixelDescriptor P = monochrome(64);
    /** Where each level ends: 16² at 100 bytes, 32² at 400, 64² (the whole frame) at 1600. */
    private static final long[] LEVEL_ENDS = {100, 400, 1_600};
    private final WatchingSink sink = new WatchingSink();
    private final LevelsDecoder levels = new LevelsDecoder(TS);
    @AutoClose
    private final LoadFixture loads = LoadFixture.decodingWith(levels, 2);
    private final FakeTransport transport = loads.transport;

    /** The first {@code levelEnd} bytes of every slice (400: its 32² level), then the rest of every slice. */
    private SeriesLoading load(int levelEnd) {
        RetrieveConfiguration c = new RetrieveConfiguration("levels-then-rest", List.of(
                new RetrieveStage("level", "level", List.of(), 1, 0, RequestType.THUMBNAIL, 0, List.of()),
                new RetrieveStage("rest", "rest", List.of(), 1, 0, RequestType.PREFETCH, 0, List.of())), Map.of(
                "level", new RetrieveOptions(null, Map.of(), false, 0, levelEnd, null, null, false, false),
                "rest", new RetrieveOptions(null, Map.of(), false, -1, 400, null, null, false, false)));
        return loads.start(c, SeriesKind.VOLUME, instances(FRAMES, TS, P, LEVEL_ENDS), sink);
    }

    private static void answer(FakeTransport.Exchange e) {
        long from = e.request.range() == null ? 0 : e.request.range().first();
        long to = e.request.range() == null || e.request.range().last() < 0 ? LEVEL_ENDS[2]
                : e.request.range().last() + 1;
        e.listener.onResponse(new FrameResponseInfo(206, "HTTP/1.1", "application/octet-stream", TS, from,
                LEVEL_ENDS[2]));
        e.listener.onContent(from, ByteBuffer.allocate((int) (to - from)));
        e.listener.onComplete(new FrameResult(null, to - from, to == LEVEL_ENDS[2], new RequestMetrics(null,
                "HTTP/1.1", 206, to - from, 0, 0, 0, 1)));
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 1_000 && !done.getAsBoolean(); i++) {
            Thread.sleep(5);
        }
        assertTrue(done.getAsBoolean(), what);
    }

    /** Every slice's first range answered, and its 32² level shown. */
    private void levelsShown() throws InterruptedException {
        levelsShown(400, "32²");
    }

    /** Every slice's first {@code levelEnd} bytes answered, and its {@code level} level shown. */
    private void levelsShown(int levelEnd, String level) throws InterruptedException {
        load(levelEnd);
        await("every slice's first range asked", () -> transport.size() >= FRAMES);
        List<FakeTransport.Exchange> first;
        synchronized (transport) {
            first = new ArrayList<>(transport.exchanges);
        }
        first.forEach(ReducedPlacesTest::answer);
        await("every slice's " + level + " level shown and its rest asked", () -> sink.reducedShown() == FRAMES
                && transport.size() == 2 * FRAMES);
    }

    /** The rests, in the order the transport serves them (the view's slice, then nearest it first). */
    private List<FakeTransport.Exchange> rests() {
        synchronized (transport) {
            List<FakeTransport.Exchange> rests = new ArrayList<>(transport.exchanges.subList(FRAMES, 2 * FRAMES));
            rests.sort(Comparator.<FakeTransport.Exchange>comparingInt(e -> e.type.ordinal())
                    .thenComparingInt(e -> e.priority)
                    .thenComparingInt(e -> Math.abs(e.request.frameIndex() - VIEW)));
            return rests;
        }
    }

    @Test
    void reducedImagesLiveInThePlacesOfSlicesWhoseRestComesLater() throws Exception {
        levelsShown();
        int inSlabs = sink.reducedInSlabs();
        // a lender's rest comes at least MARGIN slices after the image's own: the slices asked last, and those
        // whose every later slice is too near, keep theirs in arrays of their own
        assertTrue(inSlabs >= FRAMES / 2, "reduced images in other slices' places: " + inSlabs + " of " + FRAMES);
        // one at a time, each decoded before the next comes (bytes that all land at once are claimed at once,
        // before the borrowers' finals are shown: then lenders decode beside their places, as the next test shows)
        for (FakeTransport.Exchange e : rests()) {
            answer(e);
            int index = e.request.frameIndex();
            await("the final image of slice " + index, () -> sink.finalOf(index) != null);
        }
        LoadOutcome outcome = sink.ended.get(10, TimeUnit.SECONDS);
        assertEquals(FRAMES, outcome.framesFinal());
        assertEquals(List.of(), sink.violations);
        assertEquals(FRAMES, sink.finalInSlabs(), "every final image in its own place: no place was still lent");
    }

    @Test
    void smallReducedImagesTakeArraysOfTheirOwnRatherThanHaveASlabAllocatedForThem() throws Exception {
        levelsShown(100, "16²");
        // a 16² image is 1/16 of a 64² place: no whole image has needed a slab yet, and none was allocated for these
        assertEquals(0, sink.reducedInSlabs(), "small reduced images in arrays of their own");
        rests().forEach(ReducedPlacesTest::answer);
        LoadOutcome outcome = sink.ended.get(10, TimeUnit.SECONDS);
        assertEquals(FRAMES, outcome.framesFinal());
        assertEquals(List.of(), sink.violations);
        assertEquals(FRAMES, sink.finalInSlabs(), "every final image in its own place");
    }

    @Test
    void aSliceWhoseRestLandsWhileTheSlicesShowingImagesInItsPlaceAreDecodingWaitsForItsPlace() throws Exception {
        levelsShown();
        assertTrue(sink.reducedInSlabs() >= FRAMES / 2, "reduced images in other slices' places: "
                + sink.reducedInSlabs() + " of " + FRAMES);
        // every rest lands at once, in the transport's order: a lender's bytes come while the finals of the slices
        // showing images in its place are still being decoded
        rests().forEach(ReducedPlacesTest::answer);
        LoadOutcome outcome = sink.ended.get(10, TimeUnit.SECONDS);
        assertEquals(FRAMES, outcome.framesFinal());
        assertEquals(List.of(), sink.violations, "no image was written over while shown");
        assertEquals(FRAMES, sink.finalInSlabs(), "every final image in its own place: the lenders waited for theirs");
    }

    @Test
    void aSliceWhoseRestComesFirstAfterAllDecodesBesideItsPlaceWhileThatIsLent() throws Exception {
        levelsShown();
        FakeTransport.Exchange farthest = rests().get(FRAMES - 1);
        int host = farthest.request.frameIndex();
        assertTrue(sink.lendsItsPlace(host), "the slice asked last lends parts of its place");
        answer(farthest);
        await("its final image", () -> sink.finalOf(host) != null);
        assertEquals(P.rows() * P.columns(), WatchingSink.array(sink.finalOf(host)).length,
                "decoded into an array of its own: reduced images still shown live in its place");
        rests().stream().filter(e -> e != farthest).forEach(ReducedPlacesTest::answer);
        assertEquals(FRAMES, sink.ended.get(10, TimeUnit.SECONDS).framesFinal());
        assertEquals(List.of(), sink.violations, "no image was written over while shown");
    }

    @Test
    void aLenderWaitingForItsPlaceDecodesThereOnlyOnceTheHostHasTheImagesThatLivedThere() throws Exception {
        levelsShown();
        FakeTransport.Exchange hostRest = rests().get(FRAMES - 1);
        int host = hostRest.request.frameIndex();
        List<Integer> borrowers = sink.borrowersOf(host);
        assertTrue(!borrowers.isEmpty(), "the slice asked last lends parts of its place");
        // the borrowers' whole bytes land, then the host's, while no whole frame decodes: the host waits for its place
        levels.holdWholeDecodes();
        rests().stream().filter(e -> borrowers.contains(e.request.frameIndex())).forEach(ReducedPlacesTest::answer);
        answer(hostRest);
        // the host dwells on each image it replaces, as one drawing it would: a decode that went before it had the
        // borrowers' finals would write into the host slice's place under the reduced images it still draws
        sink.dwellOnReplacedImages();
        levels.openWholeDecodes();
        await("the host slice's final image", () -> sink.finalOf(host) != null);
        assertEquals(List.of(), sink.violations, "no image was written over while shown");
        assertTrue(WatchingSink.array(sink.finalOf(host)).length > P.rows() * P.columns(),
                "the host slice's final image in its own place: it waited for it");
    }

    /**
     * A host that checks, whenever a frame's image is replaced and at the end, that the values of the image it
     * showed are still those it was handed; told to, it first dwells a little on a replaced image that lives in a
     * slab, as a host drawing it would.
     */
    private static final class WatchingSink extends IgnoringSink {
        /** Long enough for a decode submitted before the call to write (they take well under a millisecond). */
        private static final long DWELL_MILLIS = 20;
        private volatile boolean dwelling;
        final List<String> violations = new ArrayList<>();
        final java.util.concurrent.CompletableFuture<LoadOutcome> ended = new java.util.concurrent.CompletableFuture<>();
        private final Map<FrameKey, DecodedFrame> shown = new HashMap<>();
        private final Map<FrameKey, Long> hashes = new HashMap<>();
        private final Map<FrameKey, DecodedFrame> reduced = new HashMap<>();

        @Override
        public synchronized void frameUpdated(SeriesKey series, DecodedFrame frame) {
            DecodedFrame before = shown.get(frame.key());
            if (dwelling && before != null && array(before).length > P.rows() * P.columns()) {
                // a host draws what it shows until it has the new image: a decode may not write there meanwhile
                dwell();
            }
            check(frame.key());
            shown.put(frame.key(), frame);
            hashes.put(frame.key(), hash(frame.pixels()));
            if (frame.quality() == ImageQualityStatus.SUBRESOLUTION) {
                reduced.put(frame.key(), frame);
            }
        }

        @Override
        public synchronized void loadEnded(SeriesKey series, LoadOutcome outcome) {
            shown.keySet().forEach(this::check);
            ended.complete(outcome);
        }

        /** From now on, replacing an image that lives in a slab takes a while. */
        void dwellOnReplacedImages() {
            dwelling = true;
        }

        private static void dwell() {
            try {
                Thread.sleep(DWELL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void check(FrameKey key) {
            DecodedFrame before = shown.get(key);
            if (before != null && hashes.get(key) != hash(before.pixels())) {
                violations.add(key + ": its " + before.width() + "² image was written over while shown");
            }
        }

        private static long hash(PixelBuffer p) {
            short[] v = ((PixelBuffer.Shorts) p).values();
            long h = 1;
            for (int i = p.offset(); i < p.offset() + p.length(); i++) {
                h = 31 * h + v[i];
            }
            return h;
        }

        private static short[] array(DecodedFrame f) {
            return ((PixelBuffer.Shorts) f.pixels()).values();
        }

        synchronized int reducedShown() {
            return reduced.size();
        }

        /** Reduced images whose array holds more than a frame: a slab. */
        synchronized int reducedInSlabs() {
            return (int) reduced.values().stream().filter(f -> array(f).length > P.rows() * P.columns()).count();
        }

        synchronized int finalInSlabs() {
            return (int) shown.values().stream().filter(f -> f.quality() == ImageQualityStatus.FULL_RESOLUTION
                    && array(f).length > P.rows() * P.columns()).count();
        }

        synchronized DecodedFrame finalOf(int index) {
            DecodedFrame f = shown.get(new FrameKey("st", "se", "sop" + index, 1));
            return f != null && f.quality() == ImageQualityStatus.FULL_RESOLUTION ? f : null;
        }

        /** Whether a reduced image lives in frame {@code index}'s place (the series is one slab, in frame order). */
        synchronized boolean lendsItsPlace(int index) {
            return !borrowersOf(index).isEmpty();
        }

        /** The frames whose reduced images live in frame {@code index}'s place. */
        synchronized List<Integer> borrowersOf(int index) {
            int place = P.rows() * P.columns();
            return reduced.values().stream().filter(f -> array(f).length > place
                    && f.pixels().offset() / place == index)
                    .map(f -> Integer.parseInt(f.key().sopInstanceUid().substring(3))).toList();
        }
    }
}
