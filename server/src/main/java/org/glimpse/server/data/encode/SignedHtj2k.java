package org.glimpse.server.data.encode;

/**
 * Signed samples for {@code ojph_compress}. Debian's OpenJPH 0.9 encodes signed components wrongly: OpenJPEG
 * and newer OpenJPH decode its output as saturated positive values (only OpenJPH 0.9 reads it back). JPEG 2000
 * Part 1 (Annex G.1.2) level-shifts unsigned samples by 2^(B-1) before coding and signed ones not at all, so
 * coding {@code v + 2^(B-1)} as unsigned codes exactly the samples of {@code v} as signed; the Ssiz sign bit
 * in SIZ is then the only difference, and setting it yields a conformant signed codestream. Unsigned coding is
 * right in every OpenJPH version, so the sample data is the same whichever {@code ojph_compress} the machine
 * has (0.9 on Debian 12, 0.21 on Debian 13); {@code StoredFormsTest} checks it with an independent decoder,
 * OpenJPEG.
 */
final class SignedHtj2k {

    private static final int SIZ_CSIZ = 40; // SOC(2) + SIZ marker(2) + Lsiz, Rsiz(4) + 8 × 32-bit fields(32)
    private static final int SSIZ_SIGNED = 0x80;

    private SignedHtj2k() {
    }

    /** Little-endian 16-bit signed samples of {@code bits} precision, shifted into [0, 2^bits) as unsigned. */
    static byte[] levelShifted(byte[] signedLe16, int bits) {
        byte[] out = new byte[signedLe16.length];
        int shift = 1 << (bits - 1);
        for (int i = 0; i + 1 < signedLe16.length; i += 2) {
            int v = (short) ((signedLe16[i] & 0xFF) | (signedLe16[i + 1] << 8));
            int u = v + shift;
            if (u < 0 || u >= 1 << bits) {
                throw new IllegalArgumentException("sample " + v + " at byte " + i + " does not fit " + bits
                        + " signed bits");
            }
            out[i] = (byte) u;
            out[i + 1] = (byte) (u >> 8);
        }
        return out;
    }

    /** Sets the sign bit of every component's Ssiz in the main header's SIZ segment. */
    static void markSigned(byte[] codestream) {
        if (codestream.length < SIZ_CSIZ + 2 || (codestream[0] & 0xFF) != 0xFF || (codestream[1] & 0xFF) != 0x4F
                || (codestream[2] & 0xFF) != 0xFF || (codestream[3] & 0xFF) != 0x51) {
            throw new IllegalArgumentException("not a JPEG 2000 codestream starting with SOC, SIZ");
        }
        int components = ((codestream[SIZ_CSIZ] & 0xFF) << 8) | (codestream[SIZ_CSIZ + 1] & 0xFF);
        for (int c = 0; c < components; c++) {
            codestream[SIZ_CSIZ + 2 + 3 * c] |= (byte) SSIZ_SIGNED;
        }
    }
}
