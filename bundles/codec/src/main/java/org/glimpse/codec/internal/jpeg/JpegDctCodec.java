package org.glimpse.codec.internal.jpeg;

import java.util.Arrays;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.HeaderGate;
import org.glimpse.codec.internal.raw.StoredValues;

/**
 * Sequential DCT JPEG with Huffman coding, baseline (SOF0) and extended (SOF1), 8- and 12-bit samples (ITU-T T.81
 * processes 1, 2 and 4 without arithmetic coding): DICOM JPEG Extended (.51), whose 12-bit frames neither the
 * JDK nor any Java library on Maven Central decodes. Pure Java in the caller's process: the SOF is checked against
 * DICOM before anything is allocated, every loop is bounded by the frame size or the bytes held, and bad input
 * ends as a {@link CodecException} naming the byte offset.
 */
public final class JpegDctCodec {
    private static final int MAX_BLOCKS_IN_MCU = 10;

    private JpegDctCodec() {
    }

    /** The frame as read from its SOF segment: components in frame order and the MCU grid. */
    private record Frame(int precision, int rows, int columns, DctComponent[] comps, int hMax, int vMax, int mcusX,
            int mcusY) {
    }

    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel) throws CodecException {
        return decode(d, length, pixel, false);
    }

    /** @param reduced a server-reduced rendition: its SOF may be smaller than Rows × Columns */
    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel, boolean reduced)
            throws CodecException {
        return decode(d, length, pixel, reduced, null, Cancellation.NONE);
    }

    /**
     * As {@link #decode(byte[], int, PixelDescriptor, boolean)}, the values into the start of {@code target}
     * (a new buffer when it is null), asking {@code cancel} before each row of MCUs.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} says so
     * @throws IllegalArgumentException when the decoded image does not fit {@code target} or its type
     */
    public static DecodedPixels decode(byte[] d, int length, PixelDescriptor pixel, boolean reduced,
            PixelBuffer target, Cancellation cancel) throws CodecException {
        JpegFrameHeader sof = JpegFrameHeader.read(d, length);
        if (sof.marker() != 0xFFC0 && sof.marker() != 0xFFC1) {
            throw new CodecException(Kind.UNSUPPORTED, "JPEG " + sof.name() + " is not sequential DCT with Huffman"
                    + " coding (SOF0 or SOF1)");
        }
        if (sof.precision() != 8 && sof.precision() != 12) {
            throw new CodecException(Kind.MALFORMED, "JPEG " + sof.name() + " precision " + sof.precision()
                    + " bits: sequential DCT has 8 or 12");
        }
        HeaderGate.check("JPEG " + sof.name(), sof.columns(), sof.rows(), sof.components(), sof.precision(), pixel,
                reduced);
        HuffmanTable[] dc = new HuffmanTable[4];
        HuffmanTable[] ac = new HuffmanTable[4];
        int[][] quant = new int[4][];
        Frame frame = null;
        int restart = 0;
        int p = JpegSegments.nextMarker(d, 2, length);
        for (; JpegSegments.atSegment(d, p, length); p = JpegSegments.nextMarker(d, p, length)) {
            int m = JpegSegments.marker(d, p);
            int body = p + 4;
            int next = JpegSegments.segmentEnd(d, p, length);
            int len = next - p - 2;
            switch (m) {
                case 0xFFC4 -> HuffmanTable.readDht(d, body, next, dc, ac);
                case 0xFFDB -> readDqt(d, body, next, quant);
                case 0xFFDD -> {
                    if (len != 4) {
                        throw new CodecException(Kind.MALFORMED, "JPEG DRI at byte " + p + " has length " + len);
                    }
                    restart = JpegSegments.u16(d, body);
                }
                case 0xFFC0, 0xFFC1, 0xFFC2, 0xFFC3, 0xFFC5, 0xFFC6, 0xFFC7, 0xFFC9, 0xFFCA, 0xFFCB, 0xFFCD, 0xFFCE,
                        0xFFCF -> {
                    if (frame != null) {
                        throw new CodecException(Kind.MALFORMED, String.format("JPEG second frame header 0x%04X at"
                                + " byte %d", m, p));
                    }
                    frame = readFrame(d, body, next, length, sof, p);
                }
                case 0xFFDA -> {
                    if (frame == null) {
                        throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + p + " before the SOF");
                    }
                    next = decodeScan(d, p, next, length, frame, dc, ac, quant, restart, cancel);
                }
                default -> {
                    // APPn, COM, DNL and the rest carry nothing a sequential decode needs
                }
            }
            p = next;
        }
        if (frame == null) {
            throw new CodecException(Kind.INCOMPLETE, "JPEG frame header not reached in the " + length + " bytes held");
        }
        for (DctComponent c : frame.comps()) {
            if (!c.scanned) {
                throw new CodecException(Kind.INCOMPLETE, "JPEG component " + c.id + " is in no scan of the "
                        + length + " bytes held (stopped at byte " + p + ")");
            }
        }
        boolean ycbcr = pixel.photometricInterpretation().startsWith("YBR");
        int[] samples = DctOutput.samples(frame.comps(), frame.columns(), frame.rows(), frame.hMax(), frame.vMax(),
                frame.precision(), ycbcr);
        return new DecodedPixels(frame.columns(), frame.rows(), frame.comps().length, 0,
                StoredValues.into(samples, pixel, target));
    }

    /** DQT (T.81 B.2.4.1): 8- or 16-bit values in zig-zag order, kept in natural order. */
    private static void readDqt(byte[] d, int p, int end, int[][] quant) throws CodecException {
        while (p < end) {
            int pq = (d[p] & 0xFF) >> 4;
            int tq = d[p] & 0x0F;
            int n = pq == 0 ? 64 : 128;
            if (pq > 1 || tq > 3 || p + 1 + n > end) {
                throw new CodecException(Kind.MALFORMED, "JPEG DQT precision " + pq + " table " + tq + " at byte " + p
                        + " is invalid or runs past its segment");
            }
            int[] q = new int[64];
            for (int k = 0; k < 64; k++) {
                q[DctScan.NATURAL[k]] = pq == 0 ? d[p + 1 + k] & 0xFF : JpegSegments.u16(d, p + 1 + 2 * k);
            }
            quant[tq] = q;
            p += 1 + n;
        }
    }

    private static Frame readFrame(byte[] d, int p, int end, int length, JpegFrameHeader sof, int at) throws CodecException {
        int nf = sof.components();
        if (p + 6 + 3 * nf > end) {
            throw new CodecException(Kind.MALFORMED, "JPEG SOF at byte " + at + " is shorter than its " + nf
                    + " components");
        }
        int hMax = 1;
        int vMax = 1;
        for (int i = 0; i < nf; i++) {
            int hv = d[p + 7 + 3 * i] & 0xFF;
            int h = hv >> 4;
            int v = hv & 0x0F;
            int tq = d[p + 8 + 3 * i] & 0xFF;
            if (h < 1 || h > 4 || v < 1 || v > 4 || tq > 3) {
                throw new CodecException(Kind.MALFORMED, "JPEG SOF component " + (d[p + 6 + 3 * i] & 0xFF) + " at byte "
                        + at + " has sampling " + h + "×" + v + " or quantization table " + tq + " out of range");
            }
            hMax = Math.max(hMax, h);
            vMax = Math.max(vMax, v);
        }
        int mcusX = (sof.columns() + 8 * hMax - 1) / (8 * hMax);
        int mcusY = (sof.rows() + 8 * vMax - 1) / (8 * vMax);
        long blocks = 0;
        for (int i = 0; i < nf; i++) {
            int hv = d[p + 7 + 3 * i] & 0xFF;
            long w = ((long) sof.columns() * (hv >> 4) + hMax - 1) / hMax;
            long h = ((long) sof.rows() * (hv & 0x0F) + vMax - 1) / vMax;
            blocks += ((w + 7) / 8) * ((h + 7) / 8);
        }
        // a block costs at least two bits (a DC and an end-of-block code), so fewer bytes than this cannot be a
        // whole frame: refuse before allocating planes for a size that DICOM and a forged SOF agree on
        long minimumBytes = blocks / 4;
        if (minimumBytes > length) {
            throw new CodecException(Kind.INCOMPLETE, "JPEG frame of " + sof.columns() + "×" + sof.rows() + " has "
                    + blocks + " blocks, which need at least " + minimumBytes + " bytes; " + length + " held");
        }
        DctComponent[] comps = new DctComponent[nf];
        for (int i = 0; i < nf; i++) {
            int id = d[p + 6 + 3 * i] & 0xFF;
            int h = (d[p + 7 + 3 * i] & 0xFF) >> 4;
            int v = d[p + 7 + 3 * i] & 0x0F;
            if (hMax % h != 0 || vMax % v != 0) {
                throw new CodecException(Kind.UNSUPPORTED, "JPEG component " + id + " sampling " + h + "×" + v
                        + " is not an integral fraction of " + hMax + "×" + vMax);
            }
            for (int j = 0; j < i; j++) {
                if (comps[j].id == id) {
                    throw new CodecException(Kind.MALFORMED, "JPEG SOF at byte " + at + " names component " + id
                            + " twice");
                }
            }
            comps[i] = new DctComponent(id, h, v, d[p + 8 + 3 * i] & 0xFF, sof.columns(), sof.rows(), hMax, vMax,
                    mcusX, mcusY);
        }
        return new Frame(sof.precision(), sof.rows(), sof.columns(), comps, hMax, vMax, mcusX, mcusY);
    }

    /** Reads the SOS at {@code at} and decodes its scan; returns the offset of the marker after the scan data. */
    private static int decodeScan(byte[] d, int at, int headerEnd, int length, Frame f, HuffmanTable[] dc,
            HuffmanTable[] ac, int[][] quant, int restart, Cancellation cancel) throws CodecException {
        int p = at + 4;
        int ns = d[p] & 0xFF;
        if (ns < 1 || ns > f.comps().length || p + 4 + 2 * ns != headerEnd) {
            throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + at + " names " + ns + " components in a "
                    + (headerEnd - at - 2) + "-byte segment");
        }
        DctComponent[] comps = new DctComponent[ns];
        HuffmanTable[] dcs = new HuffmanTable[ns];
        HuffmanTable[] acs = new HuffmanTable[ns];
        int[][] qs = new int[ns][];
        int blocks = 0;
        for (int i = 0; i < ns; i++) {
            int id = d[p + 1 + 2 * i] & 0xFF;
            int td = (d[p + 2 + 2 * i] & 0xFF) >> 4;
            int ta = d[p + 2 + 2 * i] & 0x0F;
            for (DctComponent c : f.comps()) {
                if (c.id == id) {
                    comps[i] = c;
                }
            }
            if (comps[i] == null || Arrays.asList(comps).subList(0, i).contains(comps[i])) {
                throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + at + " names component " + id
                        + ", which the SOF does not have or the scan names twice");
            }
            dcs[i] = td < 4 ? dc[td] : null;
            acs[i] = ta < 4 ? ac[ta] : null;
            if (dcs[i] == null || acs[i] == null) {
                throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + at + ": component " + id + " uses DC"
                        + " table " + td + " and AC table " + ta + ", not both defined by a DHT before it");
            }
            qs[i] = quant[comps[i].tq];
            if (qs[i] == null) {
                throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + at + ": component " + id
                        + " uses quantization table " + comps[i].tq + ", which no DQT before it defines");
            }
            blocks += comps[i].h * comps[i].v;
        }
        if (ns > 1 && blocks > MAX_BLOCKS_IN_MCU) {
            throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + at + " has " + blocks
                    + " blocks per MCU (at most 10)");
        }
        int ss = d[p + 1 + 2 * ns] & 0xFF;
        int se = d[p + 2 + 2 * ns] & 0xFF;
        int ahal = d[p + 3 + 2 * ns] & 0xFF;
        if (ss != 0 || se != 63 || ahal != 0) {
            throw new CodecException(Kind.MALFORMED, "JPEG SOS at byte " + at + " has spectral selection " + ss + ".."
                    + se + " and approximation " + ahal + "; sequential DCT needs 0..63 and 0");
        }
        LosslessBits bits = new LosslessBits(d, headerEnd, length);
        new DctScan(comps, dcs, acs, qs, new Idct(f.precision())).run(bits, f.mcusX(), f.mcusY(), restart, cancel);
        for (DctComponent c : comps) {
            c.scanned = true;
        }
        int q = bits.position();
        while (q + 1 < length && !((d[q] & 0xFF) == 0xFF && (d[q + 1] & 0xFF) != 0 && (d[q + 1] & 0xFF) != 0xFF
                && ((d[q + 1] & 0xFF) < 0xD0 || (d[q + 1] & 0xFF) > 0xD7))) {
            q++;
        }
        return q;
    }
}
