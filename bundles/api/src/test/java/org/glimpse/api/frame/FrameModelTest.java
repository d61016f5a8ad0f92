package org.glimpse.api.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameModelTest {

    private static final PixelDescriptor CT = new PixelDescriptor(512, 512, 1, 16, 12, 1, "MONOCHROME2", 0);

    @Test
    void seriesListsEveryFrameOfEveryInstanceInOrder() {
        InstanceDescriptor single = new InstanceDescriptor("1.1", null, 1, 1, null, CT, null);
        InstanceDescriptor multi = new InstanceDescriptor("1.2", null, 2, 3, null, CT, null);
        SeriesDescriptor s = new SeriesDescriptor("st", "se", "CT", List.of(single, multi));
        List<FrameKey> frames = s.frames();
        assertEquals(4, frames.size());
        assertEquals(new FrameKey("st", "se", "1.1", 1), frames.get(0));
        assertEquals(new FrameKey("st", "se", "1.2", 3), frames.get(3));
        assertEquals(multi, s.instanceOf(frames.get(2)));
    }

    @Test
    void decodedFrameMustHoldExactlyItsPixels() {
        FrameKey key = new FrameKey("st", "se", "1.1", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DecodedFrame(key, 32, 32, 1, 12, 4, ImageQualityStatus.SUBRESOLUTION, null,
                        new PixelBuffer.Shorts(new short[100], true)));
        assertTrue(e.getMessage().contains("32×32×1") && e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void lentFramesKeepPixelsButNotIdentity() {
        FrameKey own = new FrameKey("st", "se", "1.1", 1);
        FrameKey neighbour = new FrameKey("st", "se", "1.2", 1);
        DecodedFrame f = new DecodedFrame(own, 2, 2, 1, 8, 0, ImageQualityStatus.FULL_RESOLUTION,
                new double[] {0.5, 0.5}, new PixelBuffer.Bytes(new byte[4], false))
                .receivedAs(TransferSyntax.JPEG_LS_LOSSLESS);
        DecodedFrame lent = f.lentTo(neighbour, ImageQualityStatus.ADJACENT_REPLICATE);
        assertEquals(neighbour, lent.key());
        assertEquals(ImageQualityStatus.ADJACENT_REPLICATE, lent.quality());
        assertEquals(f.pixels(), lent.pixels());
        assertEquals(TransferSyntax.JPEG_LS_LOSSLESS, lent.transferSyntaxUid(), "a lent image says how its bytes came");
    }

    @Test
    void pixelModuleRejectsImpossibleValuesNamingTheAttribute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PixelDescriptor(512, 512, 1, 16, 17, 0, "MONOCHROME2", 0));
        assertTrue(e.getMessage().contains("BitsStored"), e.getMessage());
        assertEquals(512L * 512 * 2, CT.frameBytes());
    }
}
