package org.glimpse.loader.internal.load;

import org.glimpse.api.frame.ImageQualityStatus;

/** What an image is worth for its frame, and the never-worse rule. */
final class Qualities {

    private Qualities() {
    }

    /**
     * The status of an image: SUBRESOLUTION below full size; at full size what the codec says (lossless or
     * lossy); a stage whose options declare a status (a thumbnail stage) may lower it, never raise it.
     */
    static ImageQualityStatus of(ImageQualityStatus decoded, int reduce, boolean whole, ImageQualityStatus stage) {
        ImageQualityStatus s = reduce > 0 ? ImageQualityStatus.SUBRESOLUTION : decoded;
        if (!whole && s.compareTo(ImageQualityStatus.SUBRESOLUTION) > 0) {
            s = ImageQualityStatus.SUBRESOLUTION;
        }
        return stage != null && whole && stage.compareTo(s) < 0 ? stage : s;
    }

    /** Whether an image of {@code status} at {@code reduce} may replace one of {@code shown} at {@code shownReduce}. */
    static boolean better(ImageQualityStatus status, int reduce, ImageQualityStatus shown, int shownReduce) {
        if (shown == null) {
            return true;
        }
        int c = status.compareTo(shown);
        return c > 0 || (c == 0 && reduce < shownReduce);
    }
}
