package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.frame.ImageQualityStatus;

/**
 * How many frames show each status (index 0: nothing yet), so that "every frame now at least X" is known
 * without a pass over the series. Failed frames leave the count. Not thread-safe: the load's lock guards it.
 */
final class Coverage {

    private static final ImageQualityStatus[] STATUSES = ImageQualityStatus.values();
    private final int[] counts = new int[STATUSES.length + 1];
    private int reached;

    Coverage(int frames) {
        counts[0] = frames;
    }

    void moved(ImageQualityStatus from, ImageQualityStatus to) {
        counts[slot(from)]--;
        counts[slot(to)]++;
    }

    void removed(ImageQualityStatus from) {
        counts[slot(from)]--;
    }

    void added(ImageQualityStatus to) {
        counts[slot(to)]++;
    }

    /** The statuses newly reached by every counted frame, lowest first; each is reported once. */
    List<ImageQualityStatus> newlyReached() {
        int lowest = 0;
        if (java.util.Arrays.stream(counts).sum() == 0) {
            return List.of();
        }
        while (lowest < counts.length && counts[lowest] == 0) {
            lowest++;
        }
        List<ImageQualityStatus> out = new ArrayList<>();
        for (int s = Math.max(reached + 1, 1); s <= Math.min(lowest, STATUSES.length); s++) {
            out.add(STATUSES[s - 1]);
        }
        reached = Math.max(reached, Math.min(lowest, STATUSES.length));
        return out;
    }

    private static int slot(ImageQualityStatus s) {
        return s == null ? 0 : s.ordinal() + 1;
    }
}
