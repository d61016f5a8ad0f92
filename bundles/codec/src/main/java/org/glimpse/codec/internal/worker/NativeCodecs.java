package org.glimpse.codec.internal.worker;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.DecodedSize;
import org.glimpse.codec.internal.core.PixelOutput;
import org.glimpse.codec.internal.jna.CharlsCodec;
import org.glimpse.codec.internal.jpeg.JdkJpegCodec;
import org.glimpse.codec.internal.jna.CharlsLibrary;
import org.glimpse.codec.internal.jna.NativeLibraries;
import org.glimpse.codec.internal.jna.OpenJpegCodec;
import org.glimpse.codec.internal.jna.OpenJpegLibrary;
import org.glimpse.codec.internal.jna.OpenJphCodec;
import org.glimpse.codec.internal.jna.OpenJphLibrary;

/** The native codecs loaded in this process, from the given folders first, else from the system. */
public final class NativeCodecs {
    /** The OpenJPH shim's file name on this operating system. */
    public static final String OPENJPH_SHIM_FILE = NativeFileNames.here().shim();

    private final Optional<OpenJpegCodec> openjpeg;
    private final Optional<CharlsCodec> charls;
    private final Optional<OpenJphCodec> openjph;
    private final String description;
    /** Native memory for {@link #decode(DecodeRequest, PixelBuffer)}, one pair per thread, grown as frames need. */
    private final ThreadLocal<Memory[]> scratch = ThreadLocal.withInitial(() -> new Memory[2]);

    private NativeCodecs(Optional<OpenJpegCodec> openjpeg, Optional<CharlsCodec> charls,
            Optional<OpenJphCodec> openjph, String description) {
        this.openjpeg = openjpeg;
        this.charls = charls;
        this.openjph = openjph;
        this.description = description;
    }

    public static NativeCodecs load(List<Path> folders) {
        NativeFileNames files = NativeFileNames.here();
        NativeLibraries.Loaded<OpenJpegLibrary> opj = NativeLibraries.load(OpenJpegLibrary.class, folders,
                files.openjpeg(), "openjp2");
        NativeLibraries.Loaded<CharlsLibrary> jls = NativeLibraries.load(CharlsLibrary.class, folders,
                files.charls(), "charls");
        NativeLibraries.Loaded<OpenJphLibrary> ojph = NativeLibraries.load(OpenJphLibrary.class, folders,
                files.shim(), "glimpse_openjph");
        Optional<OpenJpegCodec> o = opj.library().map(OpenJpegCodec::new);
        Optional<CharlsCodec> c = jls.library().map(CharlsCodec::new);
        String shimProblem = ojph.library().map(NativeCodecs::abiProblem).orElse(null);
        Optional<OpenJphCodec> h = shimProblem != null ? Optional.empty() : ojph.library().map(OpenJphCodec::new);
        String d = "OpenJPEG " + o.map(OpenJpegCodec::version).orElse("-") + " (" + opj.source() + "), CharLS "
                + c.map(CharlsCodec::version).orElse("-") + " (" + jls.source() + "), OpenJPH "
                + h.map(OpenJphCodec::version).orElse("-") + " (" + ojph.source()
                + (shimProblem == null ? "" : ", not used: " + shimProblem) + ")";
        return new NativeCodecs(o, c, h, d);
    }

    /** Why a loaded shim must not be called (built from other sources than this code), or null. */
    private static String abiProblem(OpenJphLibrary lib) {
        try {
            int abi = lib.glimpse_ojph_abi();
            return abi == OpenJphLibrary.ABI ? null : "shim ABI " + abi + ", this code needs " + OpenJphLibrary.ABI;
        } catch (UnsatisfiedLinkError e) {
            return "shim without glimpse_ojph_abi (older than this code)";
        }
    }

    public boolean has(CodecId id) {
        return switch (id) {
            case OPENJPEG -> openjpeg.isPresent();
            case CHARLS -> charls.isPresent();
            case OPENJPH -> openjph.isPresent();
            case JDK_JPEG -> true;
        };
    }

    /** Library name → version, for the libraries loaded here (OpenJPEG, CharLS, OpenJPH). */
    public java.util.Map<String, String> versions() {
        java.util.Map<String, String> v = new java.util.LinkedHashMap<>();
        openjpeg.ifPresent(c -> v.put("OpenJPEG", c.version()));
        charls.ifPresent(c -> v.put("CharLS", c.version()));
        openjph.ifPresent(c -> v.put("OpenJPH", c.version()));
        return v;
    }

    /** Which libraries and versions were loaded, from where. */
    public String describe() {
        return description;
    }

    /**
     * Decodes {@code job.length()} bytes at {@code in} into {@code out} (native byte order, at least
     * {@code job.maxValues() × job.bytesPerValue()} bytes), laid out as DICOM stored values.
     */
    public DecodedSize decode(DecodeJob job, Pointer in, ByteBuffer out) throws CodecException {
        return switch (job.codec()) {
            case OPENJPEG -> openjpeg.orElseThrow(() -> unavailable("OpenJPEG")).decode(in, job, out);
            case CHARLS -> charls.orElseThrow(() -> unavailable("CharLS")).decode(in, job, out);
            case OPENJPH -> openjph.orElseThrow(() -> unavailable("OpenJPH")).decode(in, job, out);
            case JDK_JPEG -> jdkJpeg(job, in, out);
        };
    }

    private static DecodedSize jdkJpeg(DecodeJob job, Pointer in, ByteBuffer out) throws CodecException {
        DecodedPixels p = JdkJpegCodec.decode(in.getByteArray(0, job.length()), job.length(), job.pixel());
        PixelOutput.values(p.pixels(), out);
        return new DecodedSize(p.width(), p.height(), p.samples(), p.reduce());
    }

    /**
     * Decodes in this JVM, with no isolation (benchmarks of what the worker processes cost): the bytes are
     * copied to native memory and the values back, as a worker's shared memory would hold them (memory kept
     * from one decode to the next, as a worker keeps its regions).
     */
    public DecodedPixels decode(DecodeRequest r) throws CodecException {
        return decode(r, null);
    }

    /** {@link #decode(DecodeRequest)} into the start of {@code target} (an exact new buffer when null). */
    public DecodedPixels decode(DecodeRequest r, PixelBuffer target) throws CodecException {
        DecodeJob job = r.job().withThreads(DecodeThreads.of(r.job(), true));
        long outBytes = Math.max(1, job.maxValues() * job.bytesPerValue());
        Memory in = scratch(0, Math.max(1, r.length()));
        Memory out = scratch(1, outBytes);
        in.write(0, r.data(), 0, r.length());
        ByteBuffer o = out.getByteBuffer(0, outBytes).order(ByteOrder.nativeOrder());
        DecodedSize size = decode(job, in, o);
        PixelBuffer px = PixelOutput.receive(o, (int) size.values(), job.bytesPerValue(), r.pixel().signed(),
                target);
        return new DecodedPixels(size.width(), size.height(), size.samples(), size.reduce(), px);
    }

    private Memory scratch(int which, long bytes) {
        Memory[] held = scratch.get();
        if (held[which] == null || held[which].size() < bytes) {
            if (held[which] != null) {
                held[which].close();
            }
            held[which] = new Memory(bytes);
        }
        return held[which];
    }

    private CodecException unavailable(String name) {
        return new CodecException(Kind.UNAVAILABLE, name + " is not loaded here: " + description);
    }
}
