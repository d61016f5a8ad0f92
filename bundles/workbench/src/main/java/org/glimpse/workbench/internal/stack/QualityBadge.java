package org.glimpse.workbench.internal.stack;

import org.glimpse.api.frame.DecodedFrame;

/** The words the badge shows for an image: what it is worth and at which size it was decoded. */
public final class QualityBadge {

    private QualityBadge() {
    }

    public static String text(DecodedFrame f, int columns) {
        if (f == null) {
            return "loading";
        }
        String what = switch (f.quality()) {
            case FAR_REPLICATE, ADJACENT_REPLICATE -> "replicate";
            case SUBRESOLUTION -> "sub-resolution 1/" + Math.max(1, Math.round(columns / (double) f.width()));
            case LOSSY -> "lossy";
            case FULL_RESOLUTION -> "full";
        };
        return what + " · " + f.width() + "×" + f.height();
    }
}
