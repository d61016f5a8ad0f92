package org.glimpse.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.junit.jupiter.api.Test;

class BodyTest {

    private static String written(Body body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.write(new ArrayByteBufferPool(), null, out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void slicesCutAcrossBytesAndFileRegions() throws Exception {
        Path file = Files.createTempFile("body", ".bin");
        Files.writeString(file, "0123456789", StandardCharsets.US_ASCII);
        Body body = new Body().bytes("<h>".getBytes(StandardCharsets.US_ASCII)).region(file, 2, 5)
                .bytes("</h>".getBytes(StandardCharsets.US_ASCII));
        assertEquals(12, body.length(), "3 + 5 + 4 bytes");
        assertEquals("<h>23456</h>", written(body));
        assertEquals("h>234", written(body.slice(1, 5)), "slice 1-5 spans the header and the file");
        assertEquals("6</", written(body.slice(7, 9)), "slice 7-9 spans the file and the trailer");
        assertEquals("</h>", written(body.slice(8, 11)), "slice inside the trailer only");
        assertArrayEquals(new long[] {1}, new long[] {body.slice(0, 0).length()}, "one-byte slice");
    }
}
