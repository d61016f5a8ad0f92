package org.glimpse.retrieve.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.junit.jupiter.api.Test;

class GlimpseVolumePlanTest {

    private final RequestPlanner planner = new RequestPlanner();

    private RequestPlan plan(String ts) {
        return planner.plan(BuiltInConfigurations.byName("glimpse-volume").orElseThrow(), 5, ts);
    }

    @Test
    void everySliceIsAskedToItsCoarseLevelEndBeforeAnySliceWhole() {
        List<PlannedRequest> r = plan("1.2.840.10008.1.2.4.202").requests();
        assertEquals(10, r.size(), "two requests per slice");
        for (int i = 0; i < 5; i++) {
            PlannedRequest coarse = r.get(i);
            assertEquals("everySliceCoarse", coarse.stageId(), "request " + i);
            assertEquals(RequestType.THUMBNAIL, coarse.requestType(), "before any PREFETCH");
            assertTrue(coarse.options().rangeEndsAtResolution(), "ends at a level boundary");
            assertEquals(3, coarse.options().decodeLevel(), "the 64² level of a 512² slice");
            assertEquals(ImageQualityStatus.SUBRESOLUTION, coarse.completes());
            PlannedRequest rest = r.get(5 + i);
            assertEquals("everySliceFull", rest.stageId(), "request " + (5 + i));
            assertEquals(-1, rest.options().rangeIndex(), "the rest of the slice");
            assertEquals(ImageQualityStatus.FULL_RESOLUTION, rest.completes());
        }
    }

    @Test
    void aSyntaxWithoutLevelsFetchesEachSliceWholeAtOnce() {
        PlannedRequest first = plan("1.2.840.10008.1.2.4.80").requests().get(0);
        assertEquals(-1, first.options().rangeIndex(), "a JPEG-LS prefix shows nothing");
        assertEquals(ImageQualityStatus.FULL_RESOLUTION, first.completes());
    }
}
