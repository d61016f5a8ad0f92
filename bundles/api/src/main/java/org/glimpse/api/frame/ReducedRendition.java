package org.glimpse.api.frame;

import java.util.Objects;

/**
 * A smaller rendition of every frame that the server offers at another frame resource (the reference
 * server's quarter-size JPEG-LS {@code /jlsThumbnail/}), with its size so that the loader knows the level it
 * stands for before fetching it.
 *
 * @param framesPath the frame resource ({@code /jlsThumbnail/})
 * @param rows rows of the rendition
 * @param columns columns of the rendition
 */
public record ReducedRendition(String framesPath, int rows, int columns) {
    public ReducedRendition {
        Objects.requireNonNull(framesPath, "framesPath is null");
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("rendition " + framesPath + " size must be ≥ 1×1, was " + rows + "×"
                    + columns);
        }
    }
}
