package org.glimpse.transport.internal.fetch;

import org.glimpse.api.frame.TransferSyntax;

/**
 * The media type that goes with a transfer syntax in a frame request (PS3.18 Table 8.7.3-5): servers
 * such as Orthanc refuse {@code application/octet-stream} for a compressed syntax.
 */
final class FrameMediaTypes {

    private FrameMediaTypes() {
    }

    static String forTransferSyntax(String uid) {
        switch (uid) {
            case TransferSyntax.JPEG_BASELINE, TransferSyntax.JPEG_EXTENDED, TransferSyntax.JPEG_LOSSLESS,
                    TransferSyntax.JPEG_LOSSLESS_SV1:
                return "image/jpeg";
            case TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS:
                return "image/jls";
            case TransferSyntax.JPEG_2000_LOSSLESS, TransferSyntax.JPEG_2000:
                return "image/jp2";
            case TransferSyntax.HTJ2K_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS_RPCL, TransferSyntax.HTJ2K:
                return "image/jphc";
            case TransferSyntax.RLE_LOSSLESS:
                return "image/x-dicom-rle";
            default:
                return "application/octet-stream";
        }
    }
}
