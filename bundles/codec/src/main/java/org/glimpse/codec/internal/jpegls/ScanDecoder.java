package org.glimpse.codec.internal.jpegls;

import java.util.Arrays;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;

/**
 * Decodes the lines of one scan into the sink: one component, or all of them line- or sample-interleaved,
 * two line buffers per component swapped each line; at each restart interval (DRI, counted in lines) the
 * RSTm marker is checked and the contexts, RUNindex and the line above start again from zero.
 */
final class ScanDecoder {
    private final byte[] d;
    private final int length;
    private final FrameHeader frame;
    private final ScanHeader scan;
    private final int restartInterval;

    ScanDecoder(byte[] d, int length, FrameHeader frame, ScanHeader scan, int restartInterval) {
        this.d = d;
        this.length = length;
        this.frame = frame;
        this.scan = scan;
        this.restartInterval = restartInterval;
    }

    /**
     * Decodes the entropy-coded data from {@code start}; returns the position of the marker after it. Asks
     * {@code cancel} before each line (a 3036-sample line takes tens of microseconds).
     */
    int decode(int start, PresetParameters presets, SampleSink sink, Cancellation cancel) throws CodecException {
        CodingParameters cp = new CodingParameters(frame.precision(), scan.near(), presets);
        BitReader in = new BitReader(d, start, length);
        RegularMode regular = new RegularMode(in, cp);
        RunMode run = new RunMode(in, cp);
        int w = frame.width();
        int h = frame.height();
        boolean sample = scan.interleave() == ScanHeader.SAMPLE;
        int[] comps = scan.components();
        int n = comps.length;
        int[][] even = new int[n][w + 2];
        int[][] odd = new int[n][w + 2];
        int[] runIndex = new int[n];
        LineDecoder line = new LineDecoder(regular, run, in, cp, w);
        SampleLineDecoder pixels = sample ? new SampleLineDecoder(regular, run, w) : null;
        int interval = restartInterval == 0 ? h : restartInterval;
        for (int y = 0; y < h; y++) {
            cancel.check("JPEG-LS", "lines", y, h);
            if (y > 0 && y % interval == 0) {
                in.restart(restartMarker(in, y / interval - 1, y));
                regular.reset();
                run.reset();
                Arrays.fill(runIndex, 0);
                for (int c = 0; c < n; c++) {
                    Arrays.fill(even[c], 0);
                    Arrays.fill(odd[c], 0);
                }
            }
            int[][] prev = (y & 1) == 0 ? odd : even;
            int[][] cur = (y & 1) == 0 ? even : odd;
            if (sample) {
                pixels.decode(prev, cur);
                for (int c = 0; c < n; c++) {
                    sink.line(cur[c], y, comps[c]);
                }
            } else {
                for (int c = 0; c < n; c++) {
                    run.runIndex = runIndex[c];
                    line.decode(prev[c], cur[c]);
                    runIndex[c] = run.runIndex;
                    sink.line(cur[c], y, comps[c]);
                }
            }
            if (in.overrun()) {
                throw new CodecException(Kind.INCOMPLETE, "JPEG-LS scan data ends at byte " + in.position()
                        + " within line " + y + " of " + h);
            }
        }
        return markerAfter(in.position(), h);
    }

    /** The RSTm that must end restart interval {@code count}; returns the position after it. */
    private int restartMarker(BitReader in, int count, int y) throws CodecException {
        int q = markerAfter(in.position(), y);
        while (q + 1 < length && d[q + 1] == (byte) 0xFF) {
            q++;
        }
        int m = q + 1 < length ? d[q + 1] & 0xFF : -1;
        if (m != 0xD0 + (count & 7)) {
            throw new CodecException(Kind.MALFORMED, String.format("JPEG-LS restart interval %d ends at byte %d"
                    + " with marker 0xFF%02X, expected RST%d (0xFF%02X)", count, q, m, count & 7, 0xD0 + (count & 7)));
        }
        return q + 2;
    }

    /** The first marker (0xFF then a byte with its high bit set) from {@code from}. */
    private int markerAfter(int from, int y) throws CodecException {
        for (int q = from; q + 1 < length; q++) {
            if (d[q] == (byte) 0xFF && (d[q + 1] & 0x80) != 0) {
                return q;
            }
        }
        throw new CodecException(Kind.INCOMPLETE, "JPEG-LS scan data after line " + y + " runs to the end of the "
                + length + " bytes held without a marker");
    }
}
