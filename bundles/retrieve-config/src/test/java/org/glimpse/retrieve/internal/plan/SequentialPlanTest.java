package org.glimpse.retrieve.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.junit.jupiter.api.Test;

/** Sequential and hand-built configurations: byte range then rest, positions, priorities, edges. */
class SequentialPlanTest {
    private static final String HTJ2K = "1.2.840.10008.1.2.4.201";
    private static final String EXPLICIT_VR_LE = "1.2.840.10008.1.2.1";
    private final RequestPlanner planner = new RequestPlanner();

    @Test
    void sequentialFetchesA64KbRangeOfEveryFrameThenTheRestOfEveryFrameInOrder() {
        RequestPlan plan = planner.plan(builtIn("sequential"), 4, HTJ2K);
        assertEquals(List.of("lossySequential 0", "lossySequential 1", "lossySequential 2", "lossySequential 3",
                "finalSequential 0", "finalSequential 1", "finalSequential 2", "finalSequential 3"),
                summary(plan), "Cornerstone3D's sequential: every fast request (FIFO), then every final one");
        PlannedRequest fast = plan.requests().get(0);
        assertEquals(0, fast.options().rangeIndex(), "first range");
        assertEquals(65_536, fast.options().chunkSize(), "64 KB");
        assertEquals(ImageQualityStatus.SUBRESOLUTION, fast.completes(), "a prefix of HTJ2K decodes reduced");
        PlannedRequest last = plan.requests().get(7);
        assertEquals(-1, last.options().rangeIndex(), "rest of the frame");
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, last.completes(), "final");
        assertEquals(RequestType.INTERACTION, last.requestType(), "Cornerstone3D's default request type");
        assertEquals(-5, last.priority(), "Cornerstone3D's default priority");
    }

    @Test
    void sequentialOnUncompressedFramesAsksForWholeFramesFirst() {
        RequestPlan plan = planner.plan(builtIn("sequential"), 2, EXPLICIT_VR_LE);
        PlannedRequest fast = plan.requests().get(0);
        assertEquals("lossySequential", fast.stageId(), "stage kept");
        assertEquals(-1, fast.options().rangeIndex(), "a raw prefix shows nothing: fetch the whole frame");
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, fast.completes(), "whole frame");
    }

    @Test
    void presetsCompleteTheQualityTheyDeclare() {
        RequestPlan jls = planner.plan(builtIn("jls-thumbnail"), 1, "1.2.840.10008.1.2.4.80");
        assertEquals("/jlsThumbnail/", jls.requests().get(0).options().framesPath(), "thumbnail path");
        assertEquals(ImageQualityStatus.SUBRESOLUTION, jls.requests().get(0).completes(), "declared status");
        assertEquals("/jls/", jls.requests().get(1).options().framesPath(), "lossless path");
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, jls.requests().get(1).completes(), "lossless");

        RequestPlan bytes = planner.plan(builtIn("htj2k-byte-range"), 1, HTJ2K);
        assertEquals(List.of("lossySequential 0", "lossySequentialFailure 0", "lossyMiddle 0",
                "lossyMiddleFailure 0", "finalSequential 0"), summary(bytes), "five chained requests");
        assertEquals(131_072, bytes.requests().get(0).options().chunkSize(), "128 KB first range");
        assertEquals(2, bytes.requests().get(0).options().decodeLevel(), "quarter size");

        RequestPlan reduced = planner.plan(builtIn("server-reduced"), 1, EXPLICIT_VR_LE);
        assertEquals(Map.of("fsiz", "128,128"), reduced.requests().get(0).options().urlArguments(), "JPIP fsiz");
        assertEquals(ImageQualityStatus.SUBRESOLUTION, reduced.requests().get(0).completes(), "reduced");

        RequestPlan level = planner.plan(builtIn("htj2k-level-range"), 1, HTJ2K);
        assertTrue(level.requests().get(0).options().rangeEndsAtResolution(), "range ends at a level boundary");
        assertTrue(level.requests().get(0).options().decodeLevelFromDisplay(), "level chosen by the display");
        RequestPlan levelJls = planner.plan(builtIn("htj2k-level-range"), 1, "1.2.840.10008.1.2.4.80");
        assertFalse(levelJls.requests().get(0).options().rangeEndsAtResolution(),
                "no level boundary to end at when the whole JPEG-LS frame is fetched");
        assertNull(levelJls.requests().get(0).completes(), "whole frame decoded at a display-chosen level");

        RequestPlan streaming = planner.plan(builtIn("htj2k-streaming"), 3, HTJ2K);
        assertEquals(3, streaming.requests().size(), "one request per frame");
        assertTrue(streaming.requests().get(0).options().streaming(), "streamed");
    }

    @Test
    void positionsAreRelativeNegativeOrAbsoluteAsInCornerstone() {
        RetrieveConfiguration c = config(stage("pick", List.of(0.5, 0.25, -2.0, 3.0, 0.0), 1, 0, 0));
        // 10 frames: 0.5 → floor(9 × 0.5) = 4; 0.25 → 2; -2 → 8; 3 → index 3; 0 → 0.
        assertEquals(List.of("pick 4", "pick 2", "pick 8", "pick 3", "pick 0"), summary(planner.plan(c, 10, null)),
                "positions in the order written");
    }

    @Test
    void positionsOutsideTheSeriesAndRepeatsWithinAStageAreSkipped() {
        RetrieveConfiguration c = config(stage("pick", List.of(7.0, -9.0, 0.5, 0.0, -1.0), 1, 0, 0));
        // 2 frames: 7 and -9 do not exist; 0.5 → 0 and 0 → 0 again; -1 → 1.
        assertEquals(List.of("pick 0", "pick 1"), summary(planner.plan(c, 2, null)), "2-frame series");
    }

    @Test
    void decimateAndOffsetSelectEveryNthFrame() {
        RetrieveConfiguration c = config(stage("odd", List.of(), 2, 1, 0), stage("even", List.of(), 2, 0, 0));
        assertEquals(List.of("odd 1", "odd 3", "even 0", "even 2", "even 4"), summary(planner.plan(c, 5, null)),
                "FIFO at equal priority");
    }

    @Test
    void aLowerPriorityNumberIsServedFirstWithinARequestTypeAndRequestTypesBeforePriorities() {
        RetrieveConfiguration c = config(
                new RetrieveStage("prefetch", null, List.of(0.0), 1, 0, RequestType.PREFETCH, -100, List.of()),
                new RetrieveStage("late", null, List.of(1.0), 1, 0, RequestType.THUMBNAIL, 9, List.of()),
                new RetrieveStage("soon", null, List.of(2.0), 1, 0, RequestType.THUMBNAIL, 1, List.of()),
                new RetrieveStage("now", null, List.of(3.0), 1, 0, RequestType.INTERACTION, 50, List.of()));
        assertEquals(List.of("now 3", "soon 2", "late 1", "prefetch 0"), summary(planner.plan(c, 4, null)),
                "INTERACTION, THUMBNAIL, PREFETCH; then ascending priority");
    }

    @Test
    void aLaterStageForTheSameFrameWaitsForTheEarlierOneEvenWithAHigherPriority() {
        RetrieveConfiguration c = config(stage("first", List.of(), 1, 0, 10), stage("urgent", List.of(0.0), 1, 0,
                -10));
        assertEquals(List.of("first 0", "urgent 0", "first 1"), summary(planner.plan(c, 2, null)),
                "urgent 0 only becomes due when first 0 is done, then jumps the queue");
    }

    @Test
    void anEmptySeriesHasAnEmptyPlanAndANegativeOneIsAnErrorNamingTheValue() {
        assertEquals(List.of(), planner.plan(builtIn("interleaved"), 0, HTJ2K).requests(), "0 frames");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> planner.plan(builtIn("interleaved"), -3, HTJ2K));
        assertTrue(e.getMessage().contains("-3") && e.getMessage().contains("interleaved"), e.getMessage());
    }

    @Test
    void aSingleFrameSeriesGetsEachStageOnce() {
        RequestPlan plan = planner.plan(builtIn("interleaved"), 1, HTJ2K);
        // [0.5, 0, -1] all name frame 0; decimate 4 offsets 1..3 select nothing; offset 0 selects frame 0.
        assertEquals(List.of("initialImages 0", "halfFull 0", "errorRetrieve 0"), summary(plan), "1 frame");
        assertNull(plan.requests().get(0).options().rangeIndex(), "plain request");
    }

    private static RetrieveConfiguration builtIn(String name) {
        return BuiltInConfigurations.byName(name).orElseThrow();
    }

    private static RetrieveConfiguration config(RetrieveStage... stages) {
        return new RetrieveConfiguration("test", List.of(stages), Map.of("default", RetrieveOptions.FULL));
    }

    private static RetrieveStage stage(String id, List<Double> positions, int decimate, int offset, int priority) {
        return new RetrieveStage(id, null, positions, decimate, offset, RequestType.INTERACTION, priority, List.of());
    }

    private static List<String> summary(RequestPlan plan) {
        return plan.requests().stream().map(r -> r.stageId() + " " + r.frameIndex()).toList();
    }
}
