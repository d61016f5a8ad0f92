package org.glimpse.workbench.internal.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImagePlane;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.frame.ImageQualityStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameFilesTest {

    @TempDir
    Path dir;

    @Test
    void sixteenBitValuesAreWrittenLittleEndianFromTheFramesOwnRange() throws Exception {
        // a slab shared with neighbours: only [1, 4) belongs to the frame; signed values stay as stored
        short[] slab = {0x7777, 0x0102, (short) 0xFFFE, -32768, 0x7777};
        DecodedFrame f = new DecodedFrame(new FrameKey("1", "2", "1.2.3", 7), 3, 1, 1, 16, 0,
                ImageQualityStatus.FULL_RESOLUTION, null, new PixelBuffer.Shorts(slab, 1, 3, true));
        new FrameFiles(dir).write(f, instance(1, 3, 1, 16, 1, "MONOCHROME2"), "1.2.840.10008.1.2.4.202");
        assertArrayEquals(new byte[] {0x02, 0x01, (byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0x80},
                Files.readAllBytes(dir.resolve("1.2.3_7.raw")));
        JsonNode s = new ObjectMapper().readTree(dir.resolve("1.2.3_7.json").toFile());
        List<String> names = new ArrayList<>();
        s.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("sopInstanceUid", "frame", "width", "height", "bitsAllocated", "pixelRepresentation",
                "samplesPerPixel", "photometricInterpretation", "transferSyntax", "reduce", "quality"), names);
        assertEquals("1.2.3", s.get("sopInstanceUid").asText());
        assertEquals(7, s.get("frame").asInt());
        assertEquals(3, s.get("width").asInt());
        assertEquals(1, s.get("height").asInt());
        assertEquals(16, s.get("bitsAllocated").asInt());
        assertEquals(1, s.get("pixelRepresentation").asInt());
        assertEquals(1, s.get("samplesPerPixel").asInt());
        assertEquals("MONOCHROME2", s.get("photometricInterpretation").asText());
        assertEquals("1.2.840.10008.1.2.4.202", s.get("transferSyntax").asText());
        assertEquals(0, s.get("reduce").asInt());
        assertEquals("FULL_RESOLUTION", s.get("quality").asText());
    }

    @Test
    void eightBitColourIsWrittenOneByteASampleInterleaved() throws Exception {
        byte[] rgb = {1, 2, 3, 4, 5, 6, (byte) 250, (byte) 251, (byte) 252, 7, 8, 9};
        DecodedFrame f = new DecodedFrame(new FrameKey("1", "2", "9.8", 1), 2, 2, 3, 8, 1,
                ImageQualityStatus.SUBRESOLUTION, null, new PixelBuffer.Bytes(rgb, false));
        new FrameFiles(dir).write(f, instance(4, 4, 3, 8, 0, "RGB"), "1.2.840.10008.1.2.4.90");
        assertArrayEquals(rgb, Files.readAllBytes(dir.resolve("9.8_1.raw")));
        JsonNode s = new ObjectMapper().readTree(dir.resolve("9.8_1.json").toFile());
        assertEquals(8, s.get("bitsAllocated").asInt());
        assertEquals(3, s.get("samplesPerPixel").asInt());
        assertEquals(2, s.get("width").asInt(), "the decoded size, not Rows × Columns");
        assertEquals(1, s.get("reduce").asInt());
        assertEquals("SUBRESOLUTION", s.get("quality").asText());
        assertEquals("RGB", s.get("photometricInterpretation").asText());
    }

    private static InstanceDescriptor instance(int rows, int columns, int samples, int bits, int representation,
            String photometric) {
        return new InstanceDescriptor("x", null, 1, 1, null,
                new PixelDescriptor(rows, columns, samples, bits, bits, representation, photometric, 0),
                ImagePlane.unknown());
    }
}
