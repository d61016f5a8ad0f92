package org.glimpse.retrieve.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.PlannedRequest.Lend;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.junit.jupiter.api.Test;

/**
 * The built-in interleaved configuration over 200 slices, against a table worked out by hand from
 * Cornerstone3D's interleavedRetrieve stages and ProgressiveRetrieveImages/RequestPoolManager: positions
 * [0.5, 0, -1] are slices 99, 0 and 199; later requests for a slice wait for its earlier one; the pool
 * serves INTERACTION before THUMBNAIL and lower priority first.
 */
class InterleavedPlanTest {
    private static final String HTJ2K_RPCL = "1.2.840.10008.1.2.4.202";
    private static final String JPEG_LS = "1.2.840.10008.1.2.4.80";

    private final RequestPlan plan = new RequestPlanner().plan(
            BuiltInConfigurations.byName("interleaved").orElseThrow(), 200, HTJ2K_RPCL);

    @Test
    void issuesTheRequestsOfEachSliceInTheOrderCornerstoneWould() {
        List<String> expected = new ArrayList<>();
        for (int f : new int[] {99, 0, 199}) {
            expected.add("initialImages " + f);
        }
        // Slices 99 and 199 were already asked for by initialImages: their quarterThumb waits for it.
        List<Integer> quarter = every(3, 4).stream().filter(f -> f != 99 && f != 199).collect(Collectors.toList());
        quarter.add(99);
        quarter.add(199);
        quarter.forEach(f -> expected.add("quarterThumb " + f));
        every(1, 4).forEach(f -> expected.add("halfThumb " + f));
        // errorRetrieve (INTERACTION, priority -5) becomes due when a slice's last request finishes.
        every(2, 4).forEach(f -> expected.addAll(List.of("quarterFull " + f, "errorRetrieve " + f)));
        List<Integer> half = every(4, 4);
        half.add(0);
        half.forEach(f -> expected.addAll(List.of("halfFull " + f, "errorRetrieve " + f)));
        every(1, 4).forEach(f -> expected.addAll(List.of("threeQuarterFull " + f, "errorRetrieve " + f)));
        quarter.forEach(f -> expected.addAll(List.of("finalFull " + f, "errorRetrieve " + f)));

        List<String> actual = plan.requests().stream().map(r -> r.stageId() + " " + r.frameIndex()).toList();
        assertEquals(503, actual.size(), "3 initial + 6 stages × 50 + 200 errorRetrieve requests");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "request #" + i + " of the 200-slice interleaved plan");
        }
    }

    @Test
    void everySliceGetsAReducedImageBeforeAnySliceOutsideTheInitialOnesIsLoadedInFull() {
        List<PlannedRequest> r = plan.requests();
        int lastThumb = -1;
        int firstFullOutsideInitial = Integer.MAX_VALUE;
        for (int i = 0; i < r.size(); i++) {
            String stage = r.get(i).stageId();
            if (stage.endsWith("Thumb")) {
                lastThumb = i;
            } else if (!stage.equals("initialImages") && firstFullOutsideInitial == Integer.MAX_VALUE) {
                firstFullOutsideInitial = i;
            }
        }
        assertEquals(102, lastThumb, "the last thumb request is the 103rd");
        assertEquals(103, firstFullOutsideInitial, "full loads start right after the thumbs");
    }

    @Test
    void thumbStagesCompleteAReducedImageAndLendItToNeighbours() {
        PlannedRequest thumb3 = find("quarterThumb", 3);
        assertEquals(ImageQualityStatus.SUBRESOLUTION, thumb3.completes(), "a 64 KB HTJ2K prefix is reduced");
        assertEquals(0, thumb3.options().rangeIndex(), "first byte range");
        assertEquals(65_536, thumb3.options().chunkSize(), "Cornerstone3D's default chunk");
        assertEquals(RequestType.THUMBNAIL, thumb3.requestType(), "stage request type");
        assertEquals(6, thumb3.priority(), "stage priority");
        assertEquals(List.of(new Lend(2, ImageQualityStatus.ADJACENT_REPLICATE),
                new Lend(4, ImageQualityStatus.ADJACENT_REPLICATE), new Lend(5, ImageQualityStatus.FAR_REPLICATE)),
                thumb3.lends(), "nearbyFrames -1, +1, +2 of slice 3");
        assertEquals(List.of(new Lend(1, ImageQualityStatus.ADJACENT_REPLICATE),
                new Lend(2, ImageQualityStatus.FAR_REPLICATE)), find("initialImages", 0).lends(),
                "slice 0 has no slice -1 to lend to");
        assertEquals(List.of(new Lend(198, ImageQualityStatus.ADJACENT_REPLICATE)),
                find("initialImages", 199).lends(), "the last slice lends only backwards");
        assertEquals(List.of(), find("quarterFull", 2).lends(), "full stages lend nothing");
    }

    @Test
    void finalStagesFetchTheRestOfTheFrameAndCompleteFullResolution() {
        PlannedRequest last = find("finalFull", 3);
        assertEquals(-1, last.options().rangeIndex(), "the rest of the frame");
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, last.completes(), "whole frame, no quality override");
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, find("initialImages", 99).completes(),
                "initialImages uses the default options: a plain full request");
        assertNull(find("initialImages", 99).options().rangeIndex(), "no range for a plain request");
    }

    @Test
    void aSyntaxWhosePrefixCannotBeDecodedFetchesWholeFramesInTheThumbStages() {
        RequestPlan jls = new RequestPlanner().plan(BuiltInConfigurations.byName("interleaved").orElseThrow(), 200,
                JPEG_LS);
        PlannedRequest thumb = jls.requests().stream().filter(r -> r.stageId().equals("quarterThumb")
                && r.frameIndex() == 3).findFirst().orElseThrow();
        assertEquals(-1, thumb.options().rangeIndex(), "JPEG-LS: the first range becomes the whole frame");
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, thumb.completes(), "whole JPEG-LS frame");
        assertEquals(3, thumb.lends().size(), "the frame is still lent to its neighbours");
        assertEquals(plan.requests().stream().map(r -> r.stageId() + r.frameIndex()).toList(),
                jls.requests().stream().map(r -> r.stageId() + r.frameIndex()).toList(),
                "the order does not depend on the transfer syntax");
    }

    @Test
    void anUnknownSyntaxKeepsTheRangeAndLeavesTheQualityToTheBytes() {
        RequestPlan unknown = new RequestPlanner().plan(BuiltInConfigurations.byName("interleaved").orElseThrow(),
                200, null);
        PlannedRequest thumb = unknown.requests().get(3);
        assertEquals("quarterThumb", thumb.stageId(), "fourth request");
        assertEquals(0, thumb.options().rangeIndex(), "range kept");
        assertNull(thumb.completes(), "quality decided by what the bytes decode to");
    }

    private PlannedRequest find(String stage, int frame) {
        return plan.requests().stream().filter(r -> r.stageId().equals(stage) && r.frameIndex() == frame)
                .findFirst().orElseThrow(() -> new AssertionError("no " + stage + " request for slice " + frame));
    }

    private static List<Integer> every(int offset, int step) {
        return IntStream.iterate(offset, f -> f < 200, f -> f + step).boxed().collect(Collectors.toList());
    }
}
