package org.glimpse.codec.internal.jpegls;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.HeaderGate;

/**
 * JPEG-LS (ITU-T T.87 / ISO/IEC 14495-1) lossless and near-lossless decoding in Java, with the samples CharLS
 * gives: 2–16 bits, one or three components, interleave none/line/sample, LSE preset coding parameters,
 * restart intervals. The SOF55 is checked against DICOM before anything the size implies is allocated; the
 * samples go into the caller's buffer range. Mapping tables (LSE 2/3), HP colour transforms (APP8 "mrfx")
 * and MAXVAL other than 2^P − 1 are refused as UNSUPPORTED.
 */
public final class JpegLsCodec {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOF55 = 0xF7;
    private static final int LSE = 0xF8;
    private static final int SOS = 0xDA;
    private static final int DRI = 0xDD;
    private static final int APP8 = 0xE8;
    private static final int COM = 0xFE;
    private static final long MAX_FRAME_BYTES = Integer.MAX_VALUE;

    private JpegLsCodec() {
    }

    /**
     * @param reduced a server-made reduced rendition: its size is its own, within Columns × Rows
     * @param target where the values go (its start), or null for a buffer of exactly the decoded size
     * @throws IllegalArgumentException when the decoded image does not fit {@code target} or its type
     */
    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel, boolean reduced,
            PixelBuffer target) throws CodecException {
        return decode(d, length, pixel, reduced, target, Cancellation.NONE);
    }

    /**
     * As {@link #decode(byte[], int, PixelDescriptor, boolean, PixelBuffer)}, asking {@code cancel} before each
     * line.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} says so; the lines decoded until
     *         then are in the target
     */
    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel, boolean reduced,
            PixelBuffer target, Cancellation cancel) throws CodecException {
        if (length < 2 || d[0] != (byte) 0xFF || (d[1] & 0xFF) != SOI) {
            throw new CodecException(length < 2 ? Kind.INCOMPLETE : Kind.MALFORMED, "JPEG-LS frame of " + length
                    + " bytes does not start with SOI (0xFFD8)");
        }
        FrameHeader frame = null;
        PresetParameters presets = PresetParameters.DEFAULT;
        int restart = 0;
        PixelBuffer out = null;
        SampleSink sink = null;
        boolean[] decoded = null;
        int p = 2;
        while (true) {
            markerAt(d, p, length);
            while (d[p + 1] == (byte) 0xFF) {
                markerAt(d, ++p, length);
            }
            int m = d[p + 1] & 0xFF;
            if (m == EOI) {
                break;
            }
            if (p + 4 > length) {
                throw new CodecException(Kind.INCOMPLETE, String.format("JPEG-LS marker 0xFF%02X at byte %d is cut"
                        + " off by the end of the %d bytes held", m, p, length));
            }
            int body = p + 4;
            int end = p + 2 + FrameHeader.u16(d, p + 2);
            if (end < body || end > length) {
                throw new CodecException(end < body ? Kind.MALFORMED : Kind.INCOMPLETE, String.format("JPEG-LS"
                        + " segment 0xFF%02X at byte %d has length %d, past the %d bytes held", m, p,
                        end - p - 2, length));
            }
            switch (m) {
                case SOF55 -> {
                    if (frame != null) {
                        throw new CodecException(Kind.MALFORMED, "JPEG-LS frame has a second SOF55 at byte " + p);
                    }
                    frame = FrameHeader.read(d, body, end);
                    HeaderGate.check("JPEG-LS SOF55", frame.width(), frame.height(), frame.componentIds().length,
                            frame.precision(), pixel, reduced);
                    out = output(target, values(frame, pixel), pixel);
                    sink = new SampleSink(out, frame.width(), frame.componentIds().length, pixel);
                    decoded = new boolean[frame.componentIds().length];
                }
                case LSE -> presets = presets(d, body, end, p);
                case DRI -> restart = restartInterval(d, body, end, p);
                case APP8 -> colourTransform(d, body, end, p);
                case SOS -> {
                    if (frame == null) {
                        throw new CodecException(Kind.MALFORMED, "JPEG-LS SOS at byte " + p + " before SOF55");
                    }
                    ScanHeader scan = ScanHeader.read(d, body, end, frame);
                    for (int c : scan.components()) {
                        if (decoded[c]) {
                            throw new CodecException(Kind.MALFORMED, "JPEG-LS SOS at byte " + p + " decodes component "
                                    + frame.componentIds()[c] + " a second time");
                        }
                        decoded[c] = true;
                    }
                    end = new ScanDecoder(d, length, frame, scan, restart).decode(end, presets, sink, cancel);
                }
                default -> other(m, p);
            }
            p = end;
        }
        if (frame == null) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS frame reaches EOI at byte " + p + " without SOF55");
        }
        for (int c = 0; c < decoded.length; c++) {
            if (!decoded[c]) {
                throw new CodecException(Kind.MALFORMED, "JPEG-LS frame reaches EOI at byte " + p
                        + " without a scan of component " + frame.componentIds()[c]);
            }
        }
        return new DecodedPixels(frame.width(), frame.height(), frame.componentIds().length, 0, out);
    }

    /** Checks that a marker starts at {@code p}. */
    private static void markerAt(byte[] d, int p, int length) throws CodecException {
        if (p + 1 >= length) {
            throw new CodecException(Kind.INCOMPLETE, "JPEG-LS frame ends at byte " + length + " before EOI");
        }
        if (d[p] != (byte) 0xFF) {
            throw new CodecException(Kind.MALFORMED, String.format("JPEG-LS expected a marker at byte %d, found"
                    + " 0x%02X", p, d[p] & 0xFF));
        }
    }

    /** The values the frame decodes to, refused when they are more than a decode may map (2 GB, as workers). */
    private static int values(FrameHeader frame, PixelDescriptor pixel) throws CodecException {
        long values = (long) frame.width() * frame.height() * frame.componentIds().length;
        long bytes = values * (pixel.bitsAllocated() <= 8 ? 1 : 2);
        if (bytes > MAX_FRAME_BYTES) {
            throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS SOF55 frame of " + frame.width() + "×"
                    + frame.height() + "×" + frame.componentIds().length + " values (" + bytes + " bytes) is more"
                    + " than the " + MAX_FRAME_BYTES + " bytes a decode may take");
        }
        return (int) values;
    }

    private static PixelBuffer output(PixelBuffer target, int values, PixelDescriptor pixel) {
        if (target == null) {
            return PixelBuffer.allocate(pixel, values);
        }
        boolean bytes = pixel.bitsAllocated() <= 8;
        if (bytes != target instanceof PixelBuffer.Bytes) {
            throw new IllegalArgumentException("BitsAllocated " + pixel.bitsAllocated() + " values cannot go into a "
                    + target.getClass().getSimpleName() + " target");
        }
        if (values > target.length()) {
            throw new IllegalArgumentException("decoded " + values + " values, the target holds only "
                    + target.length());
        }
        return target.slice(0, values);
    }

    private static PresetParameters presets(byte[] d, int body, int end, int p) throws CodecException {
        int id = body < end ? d[body] & 0xFF : -1;
        switch (id) {
            case 1 -> {
                return PresetParameters.read(d, body, end);
            }
            case 2, 3 -> throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS LSE at byte " + p + " (id " + id
                    + ") carries a mapping table; mapping tables (palettes) are not supported");
            case 4 -> throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS LSE at byte " + p
                    + " (id 4) sets a frame size beyond 65535, which DICOM cannot describe");
            default -> throw new CodecException(id < 0 ? Kind.MALFORMED : Kind.UNSUPPORTED, "JPEG-LS LSE at byte "
                    + p + " has id " + id + "; only preset coding parameters (id 1) are supported");
        }
    }

    private static int restartInterval(byte[] d, int body, int end, int p) throws CodecException {
        int n = end - body;
        if (n < 2 || n > 4) {
            throw new CodecException(Kind.MALFORMED, "JPEG-LS DRI at byte " + p + " has " + n + " bytes, expected"
                    + " 2 to 4");
        }
        long v = 0;
        for (int i = body; i < end; i++) {
            v = v << 8 | (d[i] & 0xFF);
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** APP8 "mrfx": HP's colour transforms, which DICOM's JPEG-LS transfer syntaxes do not use. */
    private static void colourTransform(byte[] d, int body, int end, int p) throws CodecException {
        if (end - body == 5 && d[body] == 'm' && d[body + 1] == 'r' && d[body + 2] == 'f' && d[body + 3] == 'x'
                && d[body + 4] != 0) {
            throw new CodecException(Kind.UNSUPPORTED, "JPEG-LS APP8 at byte " + p + " asks for HP colour transform "
                    + (d[body + 4] & 0xFF) + ", which DICOM JPEG-LS does not use; not supported");
        }
    }

    private static void other(int m, int p) throws CodecException {
        if (m >= 0xE0 && m <= 0xEF || m == COM) {
            return;
        }
        boolean otherFrame = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC || m == 0xF9;
        throw new CodecException(otherFrame ? Kind.UNSUPPORTED : Kind.MALFORMED, String.format("JPEG-LS frame has"
                + " marker 0xFF%02X at byte %d%s", m, p, otherFrame ? ", a frame type other than SOF55"
                : ", not expected in a JPEG-LS frame"));
    }
}
