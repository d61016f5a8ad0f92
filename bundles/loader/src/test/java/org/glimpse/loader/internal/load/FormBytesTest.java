package org.glimpse.loader.internal.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.glimpse.loader.internal.store.ByteArrays;
import org.junit.jupiter.api.Test;

class FormBytesTest {

    private static ByteBuffer bytes(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return ByteBuffer.wrap(b);
    }

    @Test
    void aFirstLooksFirstBytesGoIntoASmallArrayAndTheNextIntoOneForTheWholeFrame() {
        FormBytes b = new FormBytes(7_000_000, new ByteArrays(0));
        b.firstLook();
        b.append(0, bytes(0, 4_096));
        assertTrue(b.data().length <= 2 * FormBytes.FIRST_LOOK, "first array " + b.data().length + " bytes");
        int small = b.data().length;
        b.append(4_096, bytes(4_096, small - 4_096));
        assertEquals(small, b.data().length, "the first array is filled");
        b.append(small, bytes(small, 4_096));
        assertTrue(b.data().length >= 7_000_000, "then one array for the frame, was " + b.data().length);
        assertEquals(small + 4_096, b.length());
        assertArrayEquals(bytes(0, small + 4_096).array(), Arrays.copyOf(b.data(), small + 4_096),
                "the first bytes moved over");
    }

    @Test
    void otherBytesGetTheArrayForWhatIsComingAtOnce() {
        FormBytes b = new FormBytes(7_000_000, new ByteArrays(0));
        b.append(0, bytes(0, 4_096));
        assertTrue(b.data().length >= 7_000_000, "was " + b.data().length);
    }

    @Test
    void bytesThatComeAheadWaitBeyondTheBytesHeldAndJoinThemWhenTheRangeInFrontReachesThem() {
        FormBytes b = new FormBytes(1_000, new ByteArrays(0));
        b.firstLook();
        b.append(0, bytes(0, 300));
        b.appendAhead(1_000, 1_000, bytes(1_000, 200));
        assertEquals(300, b.length(), "bytes ahead are not held yet: a decode reads the first 300 only");
        b.appendAhead(1_000, 1_200, bytes(1_200, 100));
        b.append(300, bytes(300, 700));
        assertEquals(1_300, b.length(), "the range in front reached them");
        assertArrayEquals(bytes(0, 1_300).array(), Arrays.copyOf(b.data(), 1_300), "every byte in its place");
    }

    @Test
    void bytesAheadThatStartBeyondAFirstLooksArrayGrowItAndTheRangeInFrontStillJoinsThem() {
        // a 3036² frame's first range 0–131071 half received in its 64 KB first-look array, the next range's first
        // bytes at 131072 (they once failed both requests: the growth copied "bytes ahead" from past the array's end)
        FormBytes b = new FormBytes(131_072, new ByteArrays(0));
        b.firstLook();
        b.append(0, bytes(0, 65_262));
        b.appendAhead(131_072, 131_072, bytes(131_072, 4_096));
        assertEquals(65_262, b.length(), "bytes ahead are not held yet");
        b.append(65_262, bytes(65_262, 131_072 - 65_262));
        assertEquals(135_168, b.length(), "the range in front reached them");
        assertArrayEquals(bytes(0, 135_168).array(), Arrays.copyOf(b.data(), 135_168), "every byte in its place");
    }

    @Test
    void bytesAheadMoveWithTheArrayWhenItGrowsAndAreForgottenWhenDropped() {
        FormBytes b = new FormBytes(100, new ByteArrays(0));
        b.append(0, bytes(0, 100));
        b.appendAhead(200, 200, bytes(200, 50));
        b.append(100, bytes(100, 100));
        assertEquals(250, b.length(), "joined after a growth");
        assertArrayEquals(bytes(0, 250).array(), Arrays.copyOf(b.data(), 250));
        b.appendAhead(400, 400, bytes(400, 10));
        b.dropAhead();
        b.append(250, bytes(250, 200));
        assertEquals(450, b.length(), "dropped bytes ahead do not join");
    }
}
