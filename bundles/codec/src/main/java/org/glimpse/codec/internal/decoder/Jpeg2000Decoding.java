package org.glimpse.codec.internal.decoder;

import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.Rendition;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.j2k.Codestream;
import org.glimpse.codec.internal.j2k.CodestreamException;
import org.glimpse.codec.internal.j2k.J2kHeaderGate;
import org.glimpse.codec.internal.j2k.J2kInspector;
import org.glimpse.codec.internal.j2k.Siz;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeRequest;
import org.glimpse.codec.internal.worker.WarmupFrames;

/**
 * What the JPEG 2000 decoders share: the SIZ gate and packet-header inspection in this process, then a
 * native decode in a worker. A prefix is cut at the end of its best complete resolution level before the
 * native code sees it, so no decoder runs into a code-block cut in the middle (where Debian's OpenJPEG 2.5.0
 * reads out of bounds in non-strict mode).
 */
final class Jpeg2000Decoding {

    private Jpeg2000Decoding() {
    }

    /** Passes over the warm-up codestreams: enough for the checks below to be compiled before a first frame. */
    private static final int WARMUP_ROUNDS = 200;

    /**
     * Runs the checks a frame goes through here (SIZ gate, header read, packet walk) on the workers' warm-up
     * codestreams, so that the first frame a user opens does not pay for loading and interpreting them (9 ms
     * of a first 512² decode's 22 ms).
     */
    static void warm() {
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (boolean htj2k : new boolean[] {true, false}) {
                DecodeRequest r = WarmupFrames.jpeg2000(htj2k);
                EncodedFrame frame = new EncodedFrame(new org.glimpse.api.frame.FrameKey("1.2", "1.2.3", "warm-up", 1),
                        htj2k ? TransferSyntax.HTJ2K_LOSSLESS : TransferSyntax.JPEG_2000_LOSSLESS, r.pixel(), r.data(),
                        r.length(), round % 2 == 0);
                try {
                    check(frame, !frame.complete());
                } catch (DecodeException e) {
                    return; // the warm-up streams are valid; were one refused, warming would teach nothing
                }
            }
        }
    }

    static CodestreamLevels inspect(EncodedFrame frame) throws DecodeException {
        return check(frame, true);
    }

    /**
     * The SIZ gate and the main and tile-part headers; with {@code packets} also the walk over every packet
     * header that finds where each level ends (tens of milliseconds on a 9 MB frame). A whole frame needs no
     * level ends (the library skips what a reduce does not need): it skips the walk and reports every level
     * complete at its last byte.
     */
    private static CodestreamLevels check(EncodedFrame frame, boolean packets) throws DecodeException {
        try {
            Siz siz = J2kHeaderGate.check(frame.data(), frame.length(), frame.pixel(),
                    frame.rendition() == Rendition.REDUCED);
            if (packets) {
                return J2kInspector.inspect(frame.data(), frame.length(), frame.complete()).levels();
            }
            int nl = Codestream.read(frame.data(), frame.length()).cod().decompositions();
            long[] ends = new long[nl + 1];
            java.util.Arrays.fill(ends, -1);
            ends[nl] = frame.length();
            return new CodestreamLevels((int) siz.width(), (int) siz.height(), nl, ends, 0);
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), "JPEG 2000 header", frame.length());
        } catch (CodestreamException e) {
            throw new DecodeException(e.truncated() ? Kind.INCOMPLETE : Kind.MALFORMED, frame.key(),
                    "JPEG 2000 codestream of " + frame.length() + " bytes: " + e.getMessage());
        }
    }

    /** Decodes into {@code target}, or a buffer of exactly the decoded size when it is null. */
    static DecodedFrame decode(CodecRuntime runtime, CodecId codec, String name, EncodedFrame frame,
            DecodeOptions options, PixelBuffer target) throws DecodeException {
        if (!runtime.available(codec)) {
            throw new DecodeException(Kind.UNAVAILABLE, frame.key(), name + " is not available: "
                    + runtime.describe());
        }
        CodestreamLevels levels = check(frame, !frame.complete());
        int best = levels.completeReduce();
        if (best < 0) {
            throw new DecodeException(Kind.INCOMPLETE, frame.key(), "no resolution level is complete in the "
                    + frame.length() + " bytes held");
        }
        int reduce = options.reduce() == DecodeOptions.BEST_AVAILABLE ? best : Math.max(options.reduce(), best);
        if (reduce > levels.decompositions()) {
            throw new DecodeException(Kind.UNSUPPORTED, frame.key(), "reduce " + reduce + " asked of a codestream of "
                    + levels.decompositions() + " decomposition levels (COD)");
        }
        boolean whole = frame.complete() && reduce == 0;
        long end = whole ? frame.length() : levels.endOfReduce(reduce);
        int length = (int) Math.min(frame.length(), end < 0 ? frame.length() : end);
        DecodeRequest request = new DecodeRequest(codec, frame.data(), length, whole, reduce, options.threads(),
                frame.pixel(), frame.rendition() == Rendition.REDUCED);
        try {
            DecodedPixels p = runtime.decoding().decode(request, options.timeoutMillis(), target);
            boolean lossless = !TransferSyntax.JPEG_2000.equals(frame.transferSyntaxUid())
                    && !TransferSyntax.HTJ2K.equals(frame.transferSyntaxUid());
            return Frames.of(frame, p, lossless);
        } catch (CodecException e) {
            throw e.toDecodeException(frame.key(), name, length);
        }
    }
}
