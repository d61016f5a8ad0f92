package org.glimpse.server.data.encode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Checks resolution-level ends by decoding: for each level r below full resolution, the prefix
 * {@code cs[0, levelEnds[r])} closed with EOC must decode with {@code ojph_expand -skip_res} to exactly the
 * pixels the whole codestream gives at that reduction.
 */
public final class PrefixCheck {
    private PrefixCheck() {
    }

    public static void verify(byte[] cs, long[] levelEnds, Path scratch, String what) throws IOException {
        Path whole = scratch.resolve("whole.j2c");
        Path prefix = scratch.resolve("prefix.j2c");
        Files.write(whole, cs);
        try {
            int d = levelEnds.length - 1;
            for (int r = 0; r < d; r++) {
                int end = Math.toIntExact(levelEnds[r]);
                byte[] truncated = Arrays.copyOf(cs, end + 2);
                truncated[end] = (byte) 0xFF;
                truncated[end + 1] = (byte) 0xD9;
                Files.write(prefix, truncated);
                byte[] expected = expand(whole, d - r, scratch);
                byte[] actual = expand(prefix, d - r, scratch);
                if (!Arrays.equals(expected, actual)) {
                    throw new IOException(what + ": the " + end + "-byte prefix does not decode resolution level "
                            + r + " (skip_res " + (d - r) + ") like the whole " + cs.length + "-byte codestream");
                }
            }
        } finally {
            Files.deleteIfExists(whole);
            Files.deleteIfExists(prefix);
        }
    }

    private static byte[] expand(Path input, int skip, Path scratch) throws IOException {
        Path out = scratch.resolve("expanded.yuv");
        ExternalTool.run(List.of("ojph_expand", "-i", input.toString(), "-o", out.toString(), "-skip_res",
                Integer.toString(skip), "-resilient", "true"), scratch);
        byte[] pixels = Files.readAllBytes(out);
        Files.delete(out);
        return pixels;
    }
}
