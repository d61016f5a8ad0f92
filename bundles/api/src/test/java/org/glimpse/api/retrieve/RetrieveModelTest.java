package org.glimpse.api.retrieve;

import org.glimpse.api.frame.ImageQualityStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrieveModelTest {

    @Test
    void qualityStatusesKeepCornerstoneNumbersAndOrder() {
        assertEquals(1, ImageQualityStatus.FAR_REPLICATE.value());
        assertEquals(3, ImageQualityStatus.ADJACENT_REPLICATE.value());
        assertEquals(6, ImageQualityStatus.SUBRESOLUTION.value());
        assertEquals(7, ImageQualityStatus.LOSSY.value());
        assertEquals(8, ImageQualityStatus.FULL_RESOLUTION.value());
        assertSame(ImageQualityStatus.LOSSY, ImageQualityStatus.fromValue(7));
        assertTrue(ImageQualityStatus.SUBRESOLUTION.isBetterThan(ImageQualityStatus.ADJACENT_REPLICATE));
        assertFalse(ImageQualityStatus.SUBRESOLUTION.isBetterThan(ImageQualityStatus.SUBRESOLUTION));
        assertTrue(ImageQualityStatus.FAR_REPLICATE.isBetterThan(null), "anything beats no image");
    }

    @Test
    void unknownQualityNumberIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageQualityStatus.fromValue(5));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void stageRejectsBadDecimationNamingTheStage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RetrieveStage("quarterThumb", null, List.of(), 0, 0, RequestType.PREFETCH, 0, List.of()));
        assertTrue(e.getMessage().contains("quarterThumb") && e.getMessage().contains("decimate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new RetrieveStage("s", null, List.of(), 4, 4, RequestType.PREFETCH, 0, List.of()));
        assertTrue(e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void stageAcceptsCornerstonePositionFormsAndRejectsOthers() {
        RetrieveStage initial = new RetrieveStage("initialImages", null, List.of(0.5, 0.0, -1.0, 12.0), 1, 0,
                RequestType.INTERACTION, 10, List.of());
        assertEquals(List.of(0.5, 0.0, -1.0, 12.0), initial.positions());
        for (double bad : new double[] {1.5, -0.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new RetrieveStage("s", null, List.of(bad), 1, 0, null, 0, List.of()));
            assertTrue(e.getMessage().contains("position"), "for " + bad + ": " + e.getMessage());
        }
    }

    @Test
    void nearbyFramesMustBeReplicatesOfOtherFrames() {
        assertThrows(IllegalArgumentException.class, () -> new NearbyFrame(0, ImageQualityStatus.FAR_REPLICATE));
        assertThrows(IllegalArgumentException.class, () -> new NearbyFrame(1, ImageQualityStatus.LOSSY));
        assertEquals(-2, new NearbyFrame(-2, ImageQualityStatus.FAR_REPLICATE).offset());
    }

    @Test
    void configurationFindsOptionsByTypeThenDefaultThenFull() {
        RetrieveOptions range = new RetrieveOptions(null, Map.of(), true, 0, 65_536, null,
                ImageQualityStatus.SUBRESOLUTION, false, false);
        RetrieveOptions jls = new RetrieveOptions("/jlsThumbnail/", Map.of(), false, null, 65_536, null,
                ImageQualityStatus.LOSSY, false, false);
        RetrieveStage first = new RetrieveStage("fast", "range", List.of(), 1, 0, RequestType.THUMBNAIL, 0,
                List.of());
        RetrieveStage last = RetrieveStage.everyFrame("final", "unknownType", RequestType.PREFETCH);
        RetrieveConfiguration withDefault = new RetrieveConfiguration("c", List.of(first, last),
                Map.of("range", range, RetrieveConfiguration.DEFAULT_OPTIONS, jls));
        assertSame(range, withDefault.optionsFor(first));
        assertSame(jls, withDefault.optionsFor(last));
        RetrieveConfiguration without = new RetrieveConfiguration("c", List.of(last), Map.of());
        assertSame(RetrieveOptions.FULL, without.optionsFor(last));
    }

    @Test
    void configurationRejectsDuplicateStageIds() {
        RetrieveStage a = RetrieveStage.everyFrame("same", null, RequestType.PREFETCH);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RetrieveConfiguration("dup", List.of(a, a), Map.of()));
        assertTrue(e.getMessage().contains("'same'") && e.getMessage().contains("'dup'"), e.getMessage());
    }

    @Test
    void optionsNameTheBadField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RetrieveOptions("jls/", Map.of(), false, null, 10, null, null, false, false));
        assertTrue(e.getMessage().contains("framesPath") && e.getMessage().contains("jls/"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new RetrieveOptions(null, Map.of(), false, -2, 10, null, null, false, false));
        assertTrue(e.getMessage().contains("rangeIndex"), e.getMessage());
    }
}
