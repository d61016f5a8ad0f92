package org.glimpse.api.frame;

/** Transfer syntax UIDs (DICOM PS3.5 Annex A) that Glimpse names in code. */
public final class TransferSyntax {
    public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    public static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    public static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";
    public static final String HTJ2K_LOSSLESS = "1.2.840.10008.1.2.4.201";
    public static final String HTJ2K_LOSSLESS_RPCL = "1.2.840.10008.1.2.4.202";
    public static final String HTJ2K = "1.2.840.10008.1.2.4.203";
    public static final String RLE_LOSSLESS = "1.2.840.10008.1.2.5";

    private TransferSyntax() {
    }

    /** Whether the syntax is JPEG 2000 Part 1 or Part 15 (HTJ2K): decodable at reduced resolution. */
    public static boolean isJpeg2000Family(String uid) {
        return JPEG_2000_LOSSLESS.equals(uid) || JPEG_2000.equals(uid) || isHtj2k(uid);
    }

    /** Whether the syntax is HTJ2K (JPEG 2000 Part 15). */
    public static boolean isHtj2k(String uid) {
        return HTJ2K_LOSSLESS.equals(uid) || HTJ2K_LOSSLESS_RPCL.equals(uid) || HTJ2K.equals(uid);
    }

    /** Whether the pixel data are stored uncompressed (native encoding). */
    public static boolean isNative(String uid) {
        return IMPLICIT_VR_LITTLE_ENDIAN.equals(uid) || EXPLICIT_VR_LITTLE_ENDIAN.equals(uid)
                || EXPLICIT_VR_BIG_ENDIAN.equals(uid);
    }
}
