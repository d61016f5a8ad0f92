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
}
