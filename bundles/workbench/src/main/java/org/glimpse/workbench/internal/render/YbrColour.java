package org.glimpse.workbench.internal.render;

import org.glimpse.api.frame.TransferSyntax;

/**
 * YBR_FULL samples to RGB (PS3.3 C.7.6.3.1.2). Only values stored uncompressed or RLE are still YBR after
 * decoding: JPEG decoders return RGB for YBR_FULL_422 (as dcmtk does) and JPEG 2000 undoes its own colour
 * transform (YBR_RCT, YBR_ICT).
 */
final class YbrColour {

    private YbrColour() {
    }

    static boolean stillYbr(String photometricInterpretation, String transferSyntaxUid) {
        return photometricInterpretation.startsWith("YBR_FULL")
                && (TransferSyntax.isNative(transferSyntaxUid) || TransferSyntax.RLE_LOSSLESS.equals(transferSyntaxUid)
                        || TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN.equals(transferSyntaxUid));
    }

    static int toRgb(int y, int cb, int cr) {
        int r = FrameRenderer.clamp((int) Math.round(y + 1.402 * (cr - 128)));
        int g = FrameRenderer.clamp((int) Math.round(y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128)));
        int b = FrameRenderer.clamp((int) Math.round(y + 1.772 * (cb - 128)));
        return (r << 16) | (g << 8) | b;
    }
}
