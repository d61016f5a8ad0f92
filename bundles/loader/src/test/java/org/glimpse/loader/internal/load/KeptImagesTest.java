package org.glimpse.loader.internal.load;

import static org.glimpse.loader.internal.load.LoadFixture.instances;
import static org.glimpse.loader.internal.load.LoadFixture.monochrome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.loader.internal.store.FrameSlabs;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** On a cancel, images shown from a mostly empty slab are handed over again in arrays of their own. */
class KeptImagesTest {

    private static final String TS = "1.2.840.10008.1.2.1";
    private static final int FRAMES = 8;
    private static final int SIDE = 64;

    @AutoClose
    private final LoadFixture loads = LoadFixture.withoutDecoders();
    private final Map<FrameKey, DecodedFrame> handed = new HashMap<>();

    @Test
    void aLentImageIsCopiedOnceForEveryFrameShowingItAndEachOwnImageOnce() {
        List<InstanceDescriptor> slices = instances(FRAMES, TS, monochrome(SIDE));
        RetrieveConfiguration whole = new RetrieveConfiguration("whole", List.of(new RetrieveStage("whole", "whole",
                List.of(), 1, 0, RequestType.INTERACTION, 0, List.of())), Map.of("whole", RetrieveOptions.FULL));
        SeriesLoading load = loads.prepare(whole, SeriesKind.VOLUME, slices, new HandedSink());
        load.slabs = new FrameSlabs(slices.stream().map(InstanceDescriptor::pixel).toList(), 1L << 20);
        load.best = new AtomicReferenceArray<>(FRAMES);
        // frame 0's 16² image in its place, lent to frames 1 and 2; frame 3's own 16² image in its place
        DecodedFrame lender = reduced(load, 0, 100);
        DecodedFrame own = reduced(load, 3, 200);
        load.best.set(0, lender);
        load.best.set(1, lender.lentTo(key(1), ImageQualityStatus.ADJACENT_REPLICATE));
        load.best.set(2, lender.lentTo(key(2), ImageQualityStatus.ADJACENT_REPLICATE));
        load.best.set(3, own);

        KeptImages.copyOut(load);

        PixelBuffer copied = load.best.get(0).pixels();
        assertEquals(4, handed.size(), "the four frames showing an image get it again: " + handed.keySet());
        for (int i = 0; i <= 2; i++) {
            assertSame(copied, handed.get(key(i)).pixels(), "frame " + i + " shows the one copy of the lent image");
        }
        assertEquals(-1, load.slabs.slabOf(values(copied)), "the copy lives in no slab");
        assertArrayEquals(filled(100), slice(copied), "the lent image's values");
        PixelBuffer ownCopy = handed.get(key(3)).pixels();
        assertNotSame(copied, ownCopy, "frame 3 keeps its own image");
        assertArrayEquals(filled(200), slice(ownCopy), "frame 3's values");
        assertTrue(handed.get(key(1)).quality() == ImageQualityStatus.ADJACENT_REPLICATE,
                "a lent image keeps the status it was lent at");
    }

    /** A 16² image written at the start of frame {@code i}'s place, every value {@code value}. */
    private static DecodedFrame reduced(SeriesLoading load, int i, int value) {
        PixelBuffer place = load.slabs.slot(i);
        short[] slab = (short[]) values(place);
        Arrays.fill(slab, place.offset(), place.offset() + 256, (short) value);
        PixelBuffer image = new PixelBuffer.Shorts(slab, place.offset(), 256, false);
        return new DecodedFrame(key(i), 16, 16, 1, 12, 2, ImageQualityStatus.SUBRESOLUTION, null, image);
    }

    private static FrameKey key(int i) {
        return new FrameKey("st", "se", "sop" + i, 1);
    }

    private static Object values(PixelBuffer p) {
        return ((PixelBuffer.Shorts) p).values();
    }

    private static short[] slice(PixelBuffer p) {
        return Arrays.copyOfRange((short[]) values(p), p.offset(), p.offset() + p.length());
    }

    private static short[] filled(int value) {
        short[] s = new short[256];
        Arrays.fill(s, (short) value);
        return s;
    }

    /** A host that keeps the last image handed over for each frame. */
    private final class HandedSink extends IgnoringSink {
        @Override
        public void frameUpdated(SeriesKey series, DecodedFrame frame) {
            handed.put(frame.key(), frame);
        }
    }
}
