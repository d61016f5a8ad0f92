package org.glimpse.codec.internal.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Makes test and benchmark codestreams with Debian's command-line encoders (ojph_compress, opj_compress, charls via python). */
public final class Encoders {

    private Encoders() {
    }

    /** A smooth phantom with fixed-seed noise, values in [0, 2^bits). */
    public static int[] phantom(int width, int height, int bits, long seed) {
        Random rnd = new Random(seed);
        int max = (1 << bits) - 1;
        int[] v = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = (x - width / 2.0) / width;
                double dy = (y - height / 2.0) / height;
                double body = Math.max(0, 1 - 3 * (dx * dx + dy * dy));
                double s = 0.15 + 0.6 * body + 0.1 * Math.sin(x / 7.0) * Math.cos(y / 11.0);
                int n = (int) Math.round(s * max + rnd.nextGaussian() * max * 0.01);
                v[y * width + x] = Math.max(0, Math.min(max, n));
            }
        }
        return v;
    }

    /** Writes a binary PGM (big-endian when bits > 8). */
    public static Path writePgm(Path file, int[] v, int width, int height, int bits) throws IOException {
        int max = (1 << bits) - 1;
        byte[] head = ("P5\n" + width + " " + height + "\n" + max + "\n").getBytes(StandardCharsets.US_ASCII);
        int bps = bits > 8 ? 2 : 1;
        byte[] out = new byte[head.length + v.length * bps];
        System.arraycopy(head, 0, out, 0, head.length);
        for (int i = 0; i < v.length; i++) {
            if (bps == 2) {
                out[head.length + 2 * i] = (byte) (v[i] >> 8);
                out[head.length + 2 * i + 1] = (byte) v[i];
            } else {
                out[head.length + i] = (byte) v[i];
            }
        }
        Files.write(file, out);
        return file;
    }

    /** Runs ojph_compress on a PGM; extra arguments are appended. */
    public static byte[] ojphCompress(Path dir, String name, Path pgm, String... extra) throws IOException {
        Path out = dir.resolve(name + ".j2c");
        List<String> cmd = new ArrayList<>(List.of("ojph_compress", "-i", pgm.toString(), "-o", out.toString()));
        cmd.addAll(List.of(extra));
        run(cmd);
        return Files.readAllBytes(out);
    }

    /** Runs opj_compress on a PGM to a raw .j2k codestream; extra arguments are appended. */
    public static byte[] opjCompress(Path dir, String name, Path pgm, String... extra) throws IOException {
        Path out = dir.resolve(name + ".j2k");
        List<String> cmd = new ArrayList<>(List.of("opj_compress", "-i", pgm.toString(), "-o", out.toString()));
        cmd.addAll(List.of(extra));
        run(cmd);
        return Files.readAllBytes(out);
    }

    public static void run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] log = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + cmd);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + " from " + cmd + ": "
                    + new String(log, StandardCharsets.UTF_8));
        }
    }

    /** JPEG lossless of 16-bit-allocated gray values with dcmtk's dcmcjpeg (e.g. "+e1" or "+el", "+sv", "4"). */
    public static byte[] dcmcjpeg(Path dir, String name, int[] values, int width, int height, int bits,
            String... options) throws IOException {
        Path in = DicomFiles.writeGray(dir.resolve(name + ".dcm"), height, width, bits, false, values);
        Path out = dir.resolve(name + "-jpeg.dcm");
        List<String> cmd = new ArrayList<>(List.of("dcmcjpeg"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of(in.toString(), out.toString()));
        run(cmd);
        return DicomFiles.firstFragment(out);
    }

    /** Baseline JPEG of 8-bit gray values with the JDK's writer. */
    public static byte[] jdkJpeg(int[] values8, int width, int height) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, width, height, 0, values8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (!javax.imageio.ImageIO.write(img, "jpeg", out)) {
            throw new IOException("this JDK has no JPEG writer");
        }
        return out.toByteArray();
    }
}
