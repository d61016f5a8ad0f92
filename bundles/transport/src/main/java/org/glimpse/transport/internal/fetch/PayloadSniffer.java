package org.glimpse.transport.internal.fetch;

import org.glimpse.api.frame.TransferSyntax;

/**
 * Names the transfer syntax of a frame from its first bytes, because servers mislabel: a JPEG 2000
 * codestream starts SOC+SIZ ({@code FF4F FF51}, Part 15 sets Rsiz bit 14), JPEG-LS starts SOI then SOF55
 * ({@code FFD8 … FFF7}), other JPEG processes SOI then SOF0/1/3. Bytes without a signature are native.
 */
final class PayloadSniffer {

    /** Bytes enough to reach the COD marker of a JPEG 2000 main header or the SOF of a JPEG stream. */
    static final int HEAD = 512;

    private static final int SOC = 0xFF4F;
    private static final int SIZ = 0xFF51;
    private static final int COD = 0xFF52;
    private static final int SOI = 0xFFD8;
    private static final int RPCL = 2;
    private static final int REVERSIBLE_5_3 = 1;

    private PayloadSniffer() {
    }

    /**
     * The transfer syntax the bytes show: the label when it agrees with them, else the closest UID for what
     * the bytes are. Returns the label when {@code length} is too short to tell.
     */
    static String sniff(byte[] b, int length, String label) {
        if (length >= 4 && u16(b, 0) == SOC && u16(b, 2) == SIZ) {
            return jpeg2000(b, length, label);
        }
        if (length >= 4 && u16(b, 0) == SOI) {
            return jpeg(b, length, label);
        }
        if (length < 4) {
            return label;
        }
        return label == null || !TransferSyntax.isNative(label) ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : label;
    }

    /** Whether the bytes are an encapsulated codestream (which ends with an EOC/EOI marker, FFD9). */
    static boolean encapsulated(byte[] b, int length) {
        return length >= 2 && (u16(b, 0) == SOC || u16(b, 0) == SOI);
    }

    private static String jpeg2000(byte[] b, int length, String label) {
        boolean part15 = length >= 8 && (u16(b, 6) & 0x4000) != 0;
        if (label != null && (part15 ? TransferSyntax.isHtj2k(label)
                : TransferSyntax.isJpeg2000Family(label) && !TransferSyntax.isHtj2k(label))) {
            return label;
        }
        int cod = findMarker(b, length, 2, COD);
        boolean reversible = cod > 0 && cod + 13 < length && b[cod + 13] == REVERSIBLE_5_3;
        if (!part15) {
            return reversible ? TransferSyntax.JPEG_2000_LOSSLESS : TransferSyntax.JPEG_2000;
        }
        boolean rpcl = cod > 0 && cod + 5 < length && b[cod + 5] == RPCL;
        return reversible ? (rpcl ? TransferSyntax.HTJ2K_LOSSLESS_RPCL : TransferSyntax.HTJ2K_LOSSLESS)
                : TransferSyntax.HTJ2K;
    }

    private static String jpeg(byte[] b, int length, String label) {
        int pos = 2;
        while (pos + 4 <= length && (b[pos] & 0xFF) == 0xFF) {
            int marker = u16(b, pos);
            switch (marker) {
                case 0xFFF7:
                    return agrees(label, TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS);
                case 0xFFC0:
                    return TransferSyntax.JPEG_BASELINE;
                case 0xFFC1:
                    return TransferSyntax.JPEG_EXTENDED;
                case 0xFFC3:
                    return agrees(label, TransferSyntax.JPEG_LOSSLESS_SV1, TransferSyntax.JPEG_LOSSLESS);
                default:
                    pos += 2 + u16(b, pos + 2);
            }
        }
        return label;
    }

    private static String agrees(String label, String first, String alternative) {
        return alternative.equals(label) ? alternative : first;
    }

    /** Walks marker segments of a JPEG 2000 main header from {@code pos}; -1 when not found in the bytes. */
    private static int findMarker(byte[] b, int length, int pos, int wanted) {
        int p = pos;
        while (p + 4 <= length) {
            int marker = u16(b, p);
            if (marker == wanted) {
                return p;
            }
            if ((marker & 0xFF00) != 0xFF00) {
                return -1;
            }
            p += 2 + u16(b, p + 2);
        }
        return -1;
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
