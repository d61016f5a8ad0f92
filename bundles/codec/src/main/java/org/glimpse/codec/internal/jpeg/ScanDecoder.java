package org.glimpse.codec.internal.jpeg;

import org.glimpse.codec.internal.core.Cancellation;
import org.glimpse.codec.internal.core.CodecException;

/** Undoes the prediction of one lossless scan (T.81 H.1.2): differences in, reconstructed samples out. */
final class ScanDecoder {
    private final int columns;
    private final int rows;
    private final int predictor;
    private final int pt;
    private final int restart;
    private final int initial;

    ScanDecoder(int columns, int rows, int precision, int predictor, int pt, int restart) {
        this.columns = columns;
        this.rows = rows;
        this.predictor = predictor;
        this.pt = pt;
        this.restart = restart;
        this.initial = 1 << (precision - pt - 1);
    }

    void run(LosslessBits bits, int[] comp, HuffmanTable[] table, int[][] planes, Cancellation cancel)
            throws CodecException {
        int mcus = 0;
        int rst = 0;
        int intervalStartRow = 0;
        boolean intervalStart = true;
        for (int y = 0; y < rows; y++) {
            cancel.check("JPEG lossless", "lines", y, rows);
            for (int x = 0; x < columns; x++) {
                if (restart > 0 && mcus > 0 && mcus % restart == 0) {
                    bits.restart(rst);
                    rst = (rst + 1) & 7;
                    intervalStart = true;
                    intervalStartRow = y;
                }
                for (int i = 0; i < comp.length; i++) {
                    int[] plane = planes[comp[i]];
                    int at = y * columns + x;
                    int diff = difference(bits, table[i]);
                    int pred;
                    if (intervalStart) {
                        pred = initial;
                    } else if (y == intervalStartRow) {
                        pred = plane[at - 1] >> pt;
                    } else if (x == 0) {
                        pred = plane[at - columns] >> pt;
                    } else {
                        pred = predict(plane[at - 1] >> pt, plane[at - columns] >> pt,
                                plane[at - columns - 1] >> pt);
                    }
                    plane[at] = ((pred + diff) & 0xFFFF) << pt;
                }
                intervalStart = false;
                mcus++;
            }
        }
    }

    private int predict(int ra, int rb, int rc) {
        return switch (predictor) {
            case 1 -> ra;
            case 2 -> rb;
            case 3 -> rc;
            case 4 -> ra + rb - rc;
            case 5 -> ra + ((rb - rc) >> 1);
            case 6 -> rb + ((ra - rc) >> 1);
            default -> (ra + rb) >> 1;
        };
    }

    /** The difference coded by SSSS and its extra bits (T.81 H.1.2.2, Table H.2; SSSS 16 means 32768). */
    private static int difference(LosslessBits bits, HuffmanTable table) throws CodecException {
        int s = table.decode(bits);
        if (s == 0) {
            return 0;
        }
        if (s >= 16) {
            return 32768;
        }
        int v = bits.bits(s);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }
}
