package org.glimpse.api.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadModelTest {

    private static final PixelDescriptor CT = new PixelDescriptor(512, 512, 1, 16, 12, 1, "MONOCHROME2", 0);

    @Test
    void publishedLevelsGiveTheEndOfEachReduce() {
        PublishedLevels l = new PublishedLevels(1, "/frames/", TransferSyntax.HTJ2K_LOSSLESS_RPCL,
                new long[] {700, 1800, 5200, 17000, 60000});
        assertEquals(4, l.decompositions());
        assertEquals(5200, l.endOfReduce(2), "reduce 2 of a 4-decomposition stream is resolution level 2");
        assertEquals(60000, l.endOfReduce(0), "full size is the whole stream");
        assertEquals(60000, l.length());
        assertThrows(IllegalArgumentException.class, () -> l.endOfReduce(5));
    }

    @Test
    void publishedLevelsMustNotDecrease() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PublishedLevels(3,
                "/frames/", TransferSyntax.HTJ2K_LOSSLESS_RPCL, new long[] {900, 800}));
        assertTrue(e.getMessage().contains("frame 3") && e.getMessage().contains("[900, 800]"), e.getMessage());
    }

    @Test
    void anInstanceRefusesLevelsOfAFrameItDoesNotHave() {
        PublishedLevels third = new PublishedLevels(3, "/frames/", TransferSyntax.HTJ2K_LOSSLESS_RPCL, new long[] {9});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InstanceDescriptor("1.1", null, 1, 2, null, CT, null, List.of(third), List.of()));
        assertTrue(e.getMessage().contains("frame 3 of 2"), e.getMessage());
    }

    @Test
    void aFailedOutcomeCarriesItsFailure() {
        assertThrows(IllegalArgumentException.class, () -> new LoadOutcome(LoadOutcome.Kind.FAILED, null, 0, 0, 0));
        FrameFailure f = new FrameFailure(FrameFailure.Where.TRANSPORT, "HTTP_STATUS", 404, "metadata", false,
                "metadata request answered HTTP 404");
        assertEquals(f, new LoadOutcome(LoadOutcome.Kind.FAILED, f, 0, 0, 0).failure());
        assertEquals("TRANSPORT HTTP_STATUS HTTP 404 at stage metadata: metadata request answered HTTP 404",
                f.toString());
    }

    @Test
    void outcomeCountsCannotExceedTheFrames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LoadOutcome(LoadOutcome.Kind.FINISHED, null, 3, 1, 3));
        assertTrue(e.getMessage().contains("final 3, failed 1 of 3"), e.getMessage());
    }
}
