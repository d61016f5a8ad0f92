package org.glimpse.tools.codec;

import java.util.Arrays;
import java.util.Random;

/**
 * Fixed-seed mutations of a valid codestream: bit flips, truncations (as prefixes and as "complete"
 * frames), marker-segment corruption, forged sizes and random overwrites.
 */
public final class Mutator {

    /** One mutated input. */
    public record Mutation(String description, byte[] data, int length, boolean complete) {
    }

    private final Random random;

    public Mutator(long seed) {
        random = new Random(seed);
    }

    public Mutation next(byte[] base, boolean jpeg2000) {
        byte[] d = base.clone();
        int kind = random.nextInt(6);
        switch (kind) {
            case 0 -> {
                int flips = 1 + random.nextInt(16);
                for (int i = 0; i < flips; i++) {
                    int at = 2 + random.nextInt(d.length - 2);
                    d[at] ^= (byte) (1 << random.nextInt(8));
                }
                return new Mutation(flips + " bit flips", d, d.length, true);
            }
            case 1 -> {
                int len = 1 + random.nextInt(d.length - 1);
                boolean complete = random.nextBoolean();
                return new Mutation("truncated to " + len + " of " + d.length + (complete ? " (sent as whole frame)"
                        : " (prefix)"), d, len, complete);
            }
            case 2 -> {
                int[] markers = markers(d);
                int at = markers.length == 0 ? 2 : markers[random.nextInt(markers.length)];
                int n = 1 + random.nextInt(6);
                for (int i = 0; i < n && at + 2 + i < d.length; i++) {
                    d[at + 2 + i] = (byte) random.nextInt(256);
                }
                return new Mutation("marker segment at " + at + " corrupted (" + n + " bytes)", d, d.length, true);
            }
            case 3 -> {
                return forgeSize(d, jpeg2000);
            }
            case 4 -> {
                int at = 2 + random.nextInt(d.length - 2);
                int n = Math.min(d.length - at, 1 + random.nextInt(64));
                for (int i = 0; i < n; i++) {
                    d[at + i] = (byte) random.nextInt(256);
                }
                return new Mutation(n + " random bytes at " + at, d, d.length, true);
            }
            default -> {
                int len = 1 + random.nextInt(d.length - 1);
                int at = random.nextInt(len);
                d[at] ^= (byte) (1 + random.nextInt(255));
                return new Mutation("prefix of " + len + " with byte " + at + " changed", d, len, false);
            }
        }
    }

    private Mutation forgeSize(byte[] d, boolean jpeg2000) {
        int[] sizes = {0, 1, 63, 64, 65, 127, 128, 129, 4096, 65535, 0x7FFF_FFFF};
        long w = sizes[random.nextInt(sizes.length)];
        long h = sizes[random.nextInt(sizes.length)];
        if (jpeg2000) {
            // SIZ Xsiz/Ysiz at bytes 8..15, or COD/precinct bytes further on
            if (random.nextBoolean()) {
                for (int i = 0; i < 4; i++) {
                    d[8 + i] = (byte) (w >> (24 - 8 * i));
                    d[12 + i] = (byte) (h >> (24 - 8 * i));
                }
                return new Mutation("SIZ forged to " + w + "×" + h, d, d.length, true);
            }
            int at = 40 + random.nextInt(Math.min(60, d.length - 40));
            d[at] = (byte) random.nextInt(256);
            return new Mutation("header byte " + at + " forged", d, d.length, true);
        }
        for (int i = 0; i + 8 < d.length; i++) {
            int m = d[i + 1] & 0xFF;
            if ((d[i] & 0xFF) == 0xFF && (m == 0xF7 || m >= 0xC0 && m <= 0xC3)) {
                // SOFn / SOF55: length(2) P(1) Y(2) X(2)
                d[i + 5] = (byte) (h >> 8);
                d[i + 6] = (byte) h;
                d[i + 7] = (byte) (w >> 8);
                d[i + 8] = (byte) w;
                return new Mutation("SOF forged to " + (w & 0xFFFF) + "×" + (h & 0xFFFF), d, d.length, true);
            }
        }
        return new Mutation("unchanged (no SOF)", d, d.length, true);
    }

    private static int[] markers(byte[] d) {
        int[] found = new int[64];
        int n = 0;
        for (int i = 0; i + 1 < d.length && n < found.length; i++) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0xFF) >= 0x4F && (d[i + 1] & 0xFF) != 0xFF) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }
}
