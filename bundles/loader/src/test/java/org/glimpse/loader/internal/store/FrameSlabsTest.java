package org.glimpse.loader.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.junit.jupiter.api.Test;

class FrameSlabsTest {

    private static final PixelDescriptor CT = new PixelDescriptor(128, 128, 1, 16, 12, 1, "MONOCHROME2", 0);
    private static final PixelDescriptor RGB = new PixelDescriptor(64, 64, 3, 8, 8, 0, "RGB", 0);
    private static final long MB = 1 << 20;

    @Test
    void framesOfOneShapeShareSlabsInFrameOrderWithoutOverlapping() {
        FrameSlabs slabs = new FrameSlabs(Collections.nCopies(20, CT), MB);
        PixelBuffer.Shorts first = (PixelBuffer.Shorts) slabs.slot(0);
        PixelBuffer.Shorts second = (PixelBuffer.Shorts) slabs.slot(1);
        PixelBuffer.Shorts sixteenth = (PixelBuffer.Shorts) slabs.slot(15);
        assertSame(first.values(), second.values(), "neighbours share a slab");
        assertEquals(128 * 128, second.offset());
        assertEquals(128 * 128, second.length());
        assertTrue(first.signed(), "PixelRepresentation 1");
        assertNotSame(first.values(), sixteenth.values(), "15 frames per slab under half a 1 MB region");
        assertEquals(5 * 128 * 128, sixteenth.values().length, "the last slab holds only the frames left");
        assertEquals(0, sixteenth.offset());
    }

    @Test
    void aSlabIsKnownByItsArrayAndItsSizeOnceAllocated() {
        FrameSlabs slabs = new FrameSlabs(Collections.nCopies(20, CT), MB);
        PixelBuffer.Shorts sixteenth = (PixelBuffer.Shorts) slabs.slot(15);
        assertEquals(1, slabs.slabOf(sixteenth.values()), "the second slab");
        assertEquals(-1, slabs.slabOf(new short[16]), "an array of its own");
        assertEquals(2L * 5 * 128 * 128, slabs.slabBytes(1));
        assertEquals(0, slabs.slabBytes(0), "not allocated");
        assertEquals(128 * 128, slabs.placeValues(3));
    }

    @Test
    void aSlabIsAllocatedOnceWhenItsFirstFrameAsks() {
        FrameSlabs slabs = new FrameSlabs(Collections.nCopies(20, CT), MB);
        assertEquals(0, slabs.allocatedBytes());
        assertFalse(slabs.allocated(3), "nothing before a frame asks");
        Object a = ((PixelBuffer.Shorts) slabs.slot(3)).values();
        assertSame(a, ((PixelBuffer.Shorts) slabs.slot(3)).values(), "the same place again");
        assertTrue(slabs.allocated(14), "frame 3's slab holds frames 0 to 14");
        assertFalse(slabs.allocated(15), "the next slab is not allocated yet");
        assertEquals(15L * 128 * 128 * 2, slabs.allocatedBytes());
    }

    @Test
    void shapesGetSlabsOfTheirOwnTypeAndReleaseLetsThemGo() {
        List<PixelDescriptor> mixed = new ArrayList<>(List.of(CT, RGB, CT, new PixelDescriptor(8, 8, 1, 32, 32, 0,
                "MONOCHROME2", 0)));
        FrameSlabs slabs = new FrameSlabs(mixed, MB);
        PixelBuffer.Bytes colour = (PixelBuffer.Bytes) slabs.slot(1);
        assertEquals(64 * 64 * 3, colour.length());
        assertEquals(128 * 128, slabs.slot(2).offset(), "the second CT frame follows the first one");
        assertNull(slabs.slot(3), "32-bit frames decode into arrays of their own");
        slabs.release();
        assertNull(slabs.slot(0), "nothing is handed out after release");
        assertFalse(slabs.allocated(0), "nor counted as allocated");
    }
}
