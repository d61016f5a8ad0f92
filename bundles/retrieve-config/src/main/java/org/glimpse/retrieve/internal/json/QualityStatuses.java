package org.glimpse.retrieve.internal.json;

import java.util.Locale;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.retrieve.internal.validate.Problems;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads an {@code imageQualityStatus}: Cornerstone3D's number (what its enum compiles to) or the name. */
final class QualityStatuses {
    private QualityStatuses() {
    }

    static ImageQualityStatus read(JsonNode n, String where, Problems problems) {
        if (n.isTextual()) {
            try {
                return ImageQualityStatus.valueOf(n.asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(where, "unknown status " + n + " (known: FAR_REPLICATE 1, ADJACENT_REPLICATE 3,"
                        + " SUBRESOLUTION 6, LOSSY 7, FULL_RESOLUTION 8)");
                return null;
            }
        }
        Integer value = JsonFields.wholeNumber(n, where, problems);
        if (value == null) {
            return null;
        }
        try {
            return ImageQualityStatus.fromValue(value);
        } catch (IllegalArgumentException e) {
            problems.add(where, e.getMessage());
            return null;
        }
    }
}
