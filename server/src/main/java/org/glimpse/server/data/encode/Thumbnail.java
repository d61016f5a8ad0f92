package org.glimpse.server.data.encode;

/** Box-filter reduction by 4 in each dimension (a quarter-size thumbnail), on 16-bit little-endian samples. */
final class Thumbnail {
    private Thumbnail() {
    }

    static byte[] reduce4(byte[] pixels, int width, int height, boolean signed) {
        int tw = Math.max(1, width / 4);
        int th = Math.max(1, height / 4);
        byte[] out = new byte[2 * tw * th];
        for (int ty = 0; ty < th; ty++) {
            for (int tx = 0; tx < tw; tx++) {
                long sum = 0;
                int n = 0;
                for (int y = ty * 4; y < Math.min(height, ty * 4 + 4); y++) {
                    for (int x = tx * 4; x < Math.min(width, tx * 4 + 4); x++) {
                        int i = 2 * (y * width + x);
                        int v = (pixels[i] & 0xFF) | (pixels[i + 1] << 8);
                        sum += signed ? v : v & 0xFFFF;
                        n++;
                    }
                }
                int mean = (int) Math.round((double) sum / n);
                int o = 2 * (ty * tw + tx);
                out[o] = (byte) mean;
                out[o + 1] = (byte) (mean >> 8);
            }
        }
        return out;
    }
}
