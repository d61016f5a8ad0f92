package org.glimpse.loader.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteArraysTest {

    @Test
    void anArrayGivenBackServesTheNextFrameOfAboutItsSize() {
        ByteArrays arrays = new ByteArrays(1 << 20);
        byte[] a = arrays.take(250_000);
        assertTrue(a.length >= 250_000 + 250_000 / 8, "an eighth more room: " + a.length);
        arrays.give(a);
        assertSame(a, arrays.take(260_000), "a slightly larger next frame fits");
        assertEquals(0, arrays.kept());
    }

    @Test
    void aSmallRequestDoesNotTakeALargeArray() {
        ByteArrays arrays = new ByteArrays(1 << 20);
        byte[] large = arrays.take(250_000);
        arrays.give(large);
        assertNotSame(large, arrays.take(5_000), "a 5 KB range gets an array of its own size");
        assertEquals(large.length, arrays.kept());
    }

    @Test
    void anExactArrayHasNoRoomBeyondWhatIsAskedButStillReusesAFreeOne() {
        ByteArrays arrays = new ByteArrays(1 << 20);
        assertEquals(65_536, arrays.takeExactly(65_536).length, "a first range's array is the range");
        byte[] free = new byte[100_000];
        arrays.give(free);
        assertSame(free, arrays.takeExactly(65_536), "a free array up to twice the size is taken");
    }

    @Test
    void arraysBeyondWhatIsKeptAreLetGo() {
        ByteArrays arrays = new ByteArrays(300_000);
        arrays.give(new byte[200_000]);
        arrays.give(new byte[200_000]);
        assertEquals(200_000, arrays.kept());
        arrays.clear();
        assertEquals(0, arrays.kept());
    }
}
