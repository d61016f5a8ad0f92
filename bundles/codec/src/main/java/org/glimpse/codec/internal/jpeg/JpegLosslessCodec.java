package org.glimpse.codec.internal.jpeg;

import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.HeaderGate;
import org.glimpse.codec.internal.raw.StoredValues;

/**
 * JPEG lossless, process 14 (ITU-T T.81 Annex H): Huffman-coded differences from one of seven predictors,
 * with point transform and restart intervals; any number of scans over non-subsampled components. Used for
 * DICOM JPEG Lossless (.57) and its selection-value-1 form (.70). No Java library on Maven Central does this.
 */
public final class JpegLosslessCodec {

    private JpegLosslessCodec() {
    }

    /** The SOF3 frame: precision and size, and the component identifiers in frame order. */
    private record Frame(int precision, int rows, int columns, int[] ids) {
    }

    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel) throws CodecException {
        return decode(d, length, pixel, false);
    }

    /** @param reduced a server-reduced rendition: its SOF3 may be smaller than Rows × Columns */
    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel, boolean reduced)
            throws CodecException {
        return decode(d, length, pixel, reduced, null, Cancellation.NONE);
    }

    /**
     * As {@link #decode(byte[], int, PixelDescriptor, boolean)}, the values into the start of {@code target}
     * (a new buffer when it is null), asking {@code cancel} before each line.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} says so
     * @throws IllegalArgumentException when the decoded image does not fit {@code target} or its type
     */
    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel, boolean reduced,
            PixelBuffer target, Cancellation cancel) throws CodecException {
        JpegFrameHeader sof = JpegFrameHeader.read(d, length);
        if (sof.marker() != 0xFFC3) {
            throw new CodecException(sof.marker() == 0xFFC7 || sof.marker() == 0xFFCB || sof.marker() == 0xFFCF
                    ? Kind.UNSUPPORTED : Kind.MALFORMED, "JPEG " + sof.name() + " is not lossless Huffman (SOF3)");
        }
        HeaderGate.check("JPEG " + sof.name(), sof.columns(), sof.rows(), sof.components(), sof.precision(), pixel,
                reduced);
        HuffmanTable[] tables = new HuffmanTable[4];
        Frame frame = null;
        int restart = 0;
        int[][] planes = null;
        int scans = 0;
        int p = JpegSegments.nextMarker(d, 2, length);
        for (; JpegSegments.atSegment(d, p, length); p = JpegSegments.nextMarker(d, p, length)) {
            int m = JpegSegments.marker(d, p);
            int body = p + 4;
            int next = JpegSegments.segmentEnd(d, p, length);
            switch (m) {
                case 0xFFC4 -> HuffmanTable.readDht(d, body, next, tables, null);
                case 0xFFC3 -> {
                    frame = readFrame(d, body, next);
                    planes = new int[frame.ids().length][frame.rows() * frame.columns()];
                }
                case 0xFFDD -> restart = JpegSegments.u16(d, body);
                case 0xFFDA -> {
                    if (frame == null) {
                        throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + p + " before SOF3");
                    }
                    next = decodeScan(d, body, next, length, frame, tables, restart, planes, cancel);
                    scans++;
                }
                default -> {
                    // APPn, COM, DNL and others carry nothing a lossless decode needs
                }
            }
            p = next;
        }
        if (scans == 0) {
            throw new CodecException(Kind.INCOMPLETE, "JPEG lossless frame of " + length + " bytes has no scan");
        }
        int n = frame.rows() * frame.columns();
        int s = planes.length;
        int[] samples = new int[n * s];
        for (int c = 0; c < s; c++) {
            for (int i = 0; i < n; i++) {
                samples[i * s + c] = planes[c][i];
            }
        }
        return new DecodedPixels(frame.columns(), frame.rows(), s, 0, StoredValues.into(samples, pixel, target));
    }

    private static Frame readFrame(byte[] d, int p, int end) throws CodecException {
        int precision = d[p] & 0xFF;
        int rows = JpegSegments.u16(d, p + 1);
        int cols = JpegSegments.u16(d, p + 3);
        int nf = d[p + 5] & 0xFF;
        if (precision < 2 || precision > 16 || rows == 0 || cols == 0 || nf == 0 || p + 6 + 3 * nf > end) {
            throw new CodecException(Kind.MALFORMED, "JPEG SOF3 precision " + precision + ", " + cols + "×" + rows
                    + ", " + nf + " components is invalid (rows 0 needs DNL, not supported)");
        }
        int[] ids = new int[nf];
        for (int i = 0; i < nf; i++) {
            ids[i] = d[p + 6 + 3 * i] & 0xFF;
            if ((d[p + 7 + 3 * i] & 0xFF) != 0x11) {
                throw new CodecException(Kind.UNSUPPORTED, "JPEG lossless component " + ids[i] + " is subsampled");
            }
        }
        return new Frame(precision, rows, cols, ids);
    }

    /** Decodes one scan; returns the offset of the marker after its entropy-coded data. */
    private static int decodeScan(byte[] d, int p, int headerEnd, int length, Frame f, HuffmanTable[] tables,
            int restart, int[][] planes, Cancellation cancel) throws CodecException {
        int ns = d[p] & 0xFF;
        int[] comp = new int[ns];
        HuffmanTable[] table = new HuffmanTable[ns];
        for (int i = 0; i < ns; i++) {
            int id = d[p + 1 + 2 * i] & 0xFF;
            comp[i] = -1;
            for (int c = 0; c < f.ids().length; c++) {
                if (f.ids()[c] == id) {
                    comp[i] = c;
                }
            }
            table[i] = tables[(d[p + 2 + 2 * i] >> 4) & 0x03];
            if (comp[i] < 0 || table[i] == null) {
                throw new CodecException(Kind.MALFORMED, "JPEG SOS component " + id + " has no frame component or"
                        + " no Huffman table");
            }
        }
        int predictor = d[p + 1 + 2 * ns] & 0xFF;
        int pt = d[p + 3 + 2 * ns] & 0x0F;
        if (predictor < 1 || predictor > 7 || pt >= f.precision()) {
            throw new CodecException(Kind.MALFORMED, "JPEG SOS selection value " + predictor + " or point transform "
                    + pt + " is invalid for lossless");
        }
        new ScanDecoder(f.columns(), f.rows(), f.precision(), predictor, pt, restart).run(
                new LosslessBits(d, headerEnd, length), comp, table, planes, cancel);
        int q = headerEnd;
        while (q + 1 < length && !((d[q] & 0xFF) == 0xFF && (d[q + 1] & 0xFF) != 0 && ((d[q + 1] & 0xFF) < 0xD0
                || (d[q + 1] & 0xFF) > 0xD7))) {
            q++;
        }
        return q;
    }
}
