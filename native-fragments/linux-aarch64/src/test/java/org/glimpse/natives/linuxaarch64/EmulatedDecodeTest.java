package org.glimpse.natives.linuxaarch64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glimpse.server.data.SampleSize;
import org.glimpse.server.data.encode.EncodedFrame;
import org.glimpse.server.data.encode.FrameEncoder;
import org.glimpse.server.data.phantom.ChestCt;
import org.glimpse.server.data.phantom.ChestRadiograph;
import org.junit.jupiter.api.Test;

/**
 * The arm64 fragment's libraries and shim, run under user-mode emulation by an arm64 program, decode the sample
 * DX (3036², 12-bit) and one CT slice (512², signed 16-bit) to the same bytes as the x86-64 fragment does here,
 * and both to the encoded pixels (every form is lossless).
 */
class EmulatedDecodeTest {
    private static final Path ARM64_ROOT = Path.of("/usr/aarch64-linux-gnu");

    @Test
    void arm64FragmentDecodesTheSampleFramesLikeTheX8664Fragment() throws Exception {
        Path qemu = Platforms.qemu();
        assumeTrue(qemu != null, "no qemu-aarch64-static or qemu-aarch64 on PATH (Debian package qemu-user-static"
                + " or qemu-user): the arm64 fragment cannot be run on this machine");
        assumeTrue(Files.isRegularFile(ARM64_ROOT.resolve("lib/libc.so.6")),
                "no arm64 C library in " + ARM64_ROOT + " (Debian package libc6-arm64-cross)");
        Path arm64Libraries = Platforms.folder("glimpse.natives.aarch64");
        assumeTrue(Files.isRegularFile(arm64Libraries.resolve("libglimpse_openjph.so")),
                "the linux-aarch64 fragment was built without libraries: " + Platforms.missingReason());
        Path programs = Platforms.folder("glimpse.decode.programs");
        assumeTrue(Files.isExecutable(programs.resolve("decode_frames-aarch64")),
                "the build made no arm64 decode program (no aarch64-linux-gnu-gcc or no arm64 headers), see its log");
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "emulated");

        List<Frame> frames = sampleFrames(work);
        List<DecodeProgram.Job> jobs = new ArrayList<>();
        for (Frame f : frames) {
            jobs.addAll(f.jobs());
        }
        DecodeProgram x86 = new DecodeProgram(List.of(programs.resolve("decode_frames-x86-64").toString()),
                Platforms.folder("glimpse.natives.x86-64"));
        DecodeProgram arm64 = new DecodeProgram(List.of(qemu.toString(), "-L", ARM64_ROOT.toString(),
                programs.resolve("decode_frames-aarch64").toString()), arm64Libraries);
        String x86Printed = x86.run(jobs, work.resolve("x86-64"));
        String arm64Printed = arm64.run(jobs, work.resolve("aarch64"));
        System.out.print("x86-64 (native):\n" + x86Printed + "aarch64 (" + qemu.getFileName() + "):\n" + arm64Printed);

        for (Frame f : frames) {
            for (DecodeProgram.Job j : f.jobs()) {
                byte[] onX86 = Files.readAllBytes(DecodeProgram.output(work.resolve("x86-64"), j));
                byte[] onArm64 = Files.readAllBytes(DecodeProgram.output(work.resolve("aarch64"), j));
                assertSame(f.pixels(), onX86, j.name() + " on x86-64 against the encoded pixels");
                assertSame(onX86, onArm64, j.name() + " on aarch64 against x86-64");
            }
        }
        assertEquals(jobs.size(), arm64Printed.lines().count(), "one line per decoded frame:\n" + arm64Printed);
    }

    /** The sample DX and slice 100 of the sample CT (of 200), drawn as the sample data draws them. */
    private static List<Frame> sampleFrames(Path work) throws IOException {
        SampleSize s = SampleSize.DEFAULT;
        return List.of(
                Frame.encode("dx", ChestRadiograph.generate(s.dxSize(), seed()), s.dxSize(), 12, false, work, false),
                Frame.encode("ct", ctSlice(100), s.ctSize(), 16, true, work, true));
    }

    private static long seed() {
        // the seed the sample data set is drawn with (SeriesSpec: the size's name)
        return SampleSize.DEFAULT.name().hashCode();
    }

    /** Slice {@code i} of the sample CT series (SeriesSpec: position i / (slices - 1), seed + i). */
    private static byte[] ctSlice(int i) {
        SampleSize s = SampleSize.DEFAULT;
        return ChestCt.slice(s.ctSize(), (double) i / (s.ctSlices() - 1), seed() + i);
    }

    private static void assertSame(byte[] expected, byte[] actual, String what) {
        int at = Arrays.mismatch(expected, actual);
        assertTrue(at < 0, what + ": " + actual.length + " bytes, expected " + expected.length
                + (at < 0 ? "" : ", first difference at byte " + at));
    }

    /** One sample frame, its lossless codestreams on disk, and the codecs that decode each. */
    private record Frame(String name, byte[] pixels, List<DecodeProgram.Job> jobs) {
        /** {@code withJ2k}: also Part 1 JPEG 2000 (slow to decode under emulation at 3036²). */
        static Frame encode(String name, byte[] pixels, int size, int bits, boolean signed, Path work,
                boolean withJ2k) throws IOException {
            Path scratch = Files.createDirectories(work.resolve(name));
            EncodedFrame e = new FrameEncoder().encode(pixels, size, size, bits, signed, scratch);
            Path ht = Files.write(work.resolve(name + ".htj2k.j2c"), e.htj2kTiled());
            Path j2k = Files.write(work.resolve(name + ".j2k"), e.j2k());
            Path jls = Files.write(work.resolve(name + ".jls"), e.jls());
            List<DecodeProgram.Job> jobs = new ArrayList<>(List.of(new DecodeProgram.Job("openjph", ht),
                    new DecodeProgram.Job("openjpeg", ht), new DecodeProgram.Job("charls", jls)));
            if (withJ2k) {
                jobs.add(new DecodeProgram.Job("openjpeg", j2k));
            }
            return new Frame(name, pixels, List.copyOf(jobs));
        }
    }
}
