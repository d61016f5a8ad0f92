package org.glimpse.workbench.internal.headless;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;

/**
 * Writes a frame's decoded stored values as {@code <SOPInstanceUID>_<frame>.raw} (little endian, samples
 * interleaved, stored values before any rescale; one byte per value for 8-bit buffers, two otherwise) and
 * a {@code <SOPInstanceUID>_<frame>.json} sidecar that says how to read them, so that an independent decoder's
 * output can be compared byte for byte.
 */
public final class FrameFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    public FrameFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** Writes both files; {@code transferSyntaxUid} is the syntax the bytes arrived in. */
    public void write(DecodedFrame frame, InstanceDescriptor instance, String transferSyntaxUid) throws IOException {
        String stem = frame.key().sopInstanceUid() + "_" + frame.key().frameNumber();
        Files.write(dir.resolve(stem + ".raw"), littleEndian(frame.pixels()));
        JSON.writeValue(dir.resolve(stem + ".json").toFile(), sidecar(frame, instance, transferSyntaxUid));
    }

    static Map<String, Object> sidecar(DecodedFrame frame, InstanceDescriptor instance, String transferSyntaxUid) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("sopInstanceUid", frame.key().sopInstanceUid());
        s.put("frame", frame.key().frameNumber());
        s.put("width", frame.width());
        s.put("height", frame.height());
        s.put("bitsAllocated", frame.pixels() instanceof PixelBuffer.Shorts ? 16 : 8);
        s.put("pixelRepresentation", instance.pixel().pixelRepresentation());
        s.put("samplesPerPixel", frame.samplesPerPixel());
        s.put("photometricInterpretation", instance.pixel().photometricInterpretation());
        s.put("transferSyntax", transferSyntaxUid);
        s.put("reduce", frame.reduce());
        s.put("quality", frame.quality().name());
        return s;
    }

    static byte[] littleEndian(PixelBuffer pixels) {
        if (pixels instanceof PixelBuffer.Bytes b) {
            return java.util.Arrays.copyOfRange(b.values(), b.offset(), b.offset() + b.length());
        }
        PixelBuffer.Shorts s = (PixelBuffer.Shorts) pixels;
        ByteBuffer out = ByteBuffer.allocate(s.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.asShortBuffer().put(s.values(), s.offset(), s.length());
        return out.array();
    }
}
