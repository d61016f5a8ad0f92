package org.glimpse.loader.internal.load;

import org.glimpse.api.frame.PixelBuffer;

/**
 * A part of one frame's place in the series' slab lent to another frame's reduced image ({@link ReducedPlaces}).
 * It counts who holds it: the decode writing into it, then every frame showing the image (its own frame, and
 * neighbours it was lent to as a replicate). When none does, the part goes back to the place: nothing is written
 * there while a frame shows an image that lives there. Under the load's lock.
 */
final class PlacePart {

    /** The frame whose place this is part of. */
    final FrameLoad host;
    /** Where the reduced image's values go. */
    final PixelBuffer buffer;
    private int holders = 1;

    /** A part held once, by the decode that will write into it. */
    PlacePart(FrameLoad host, PixelBuffer buffer) {
        this.host = host;
        this.buffer = buffer;
    }

    /** One more holder (a neighbour shows the image too); returns this part. */
    PlacePart hold() {
        holders++;
        return this;
    }

    /** A holder let go (its frame shows another image, or the decode's image was not shown). */
    void release() {
        if (--holders == 0) {
            host.partReturned(this);
        }
    }

    /** Lets {@code part} go when there is one (see {@link #release}). */
    static void letGo(PlacePart part) {
        if (part != null) {
            part.release();
        }
    }

    /** How many hold it: the decode writing into it, and the frames showing its image. */
    int holders() {
        return holders;
    }
}
