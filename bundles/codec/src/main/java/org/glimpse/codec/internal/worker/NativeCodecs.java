package org.glimpse.codec.internal.worker;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
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

    /** Which libraries and versions were loaded, from where. */
    public String describe() {
        return description;
    }

    public DecodedPixels decode(DecodeRequest r) throws CodecException {
        return switch (r.codec()) {
            case OPENJPEG -> openjpeg.orElseThrow(() -> unavailable("OpenJPEG")).decode(r.data(), r.length(),
                    r.complete(), r.reduce(), r.threads(), r.pixel());
            case CHARLS -> charls.orElseThrow(() -> unavailable("CharLS")).decode(r.data(), r.length(), r.pixel());
            case OPENJPH -> openjph.orElseThrow(() -> unavailable("OpenJPH")).decode(r.data(), r.length(),
                    r.complete(), r.reduce(), r.pixel());
            case JDK_JPEG -> JdkJpegCodec.decode(r.data(), r.length(), r.pixel());
        };
    }

    private CodecException unavailable(String name) {
        return new CodecException(Kind.UNAVAILABLE, name + " is not loaded here: " + description);
    }
}
