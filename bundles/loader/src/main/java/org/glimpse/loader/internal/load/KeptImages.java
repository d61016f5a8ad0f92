package org.glimpse.loader.internal.load;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.loader.internal.store.FrameSlabs;

/**
 * On a cancel, the images a host may keep showing that live in a slab mostly holding no image are handed over
 * again in arrays of their own, so that the slab can go. A slab is up to 64 MB shared by a hundred 512² slices:
 * a host that kept the few slices it drew of a volume it stopped loading kept 64 MB in the heap. A slab at least
 * half shown stays (copying it would cost more than it frees). Under the load's lock, before its outcome, so
 * within the cancel's time: the copies and the host's calls took about 3 ms for the 49 slices a CT closed after
 * 300 ms showed.
 */
final class KeptImages {

    private KeptImages() {
    }

    static void copyOut(SeriesLoading load) {
        FrameSlabs slabs = load.slabs;
        int frames = load.best.length();
        if (slabs == null || frames == 0) {
            return;
        }
        PixelBuffer[] shownIn = new PixelBuffer[frames];
        int[] slabOf = new int[frames];
        // the first frame showing the same image: a lent image is the very buffer of the one it lends, so a map by
        // identity finds it (comparing each frame with every one before it grew with the square of the slices shown)
        int[] sameAs = new int[frames];
        Map<PixelBuffer, Integer> firstAt = new IdentityHashMap<>();
        long[] shown = new long[frames];
        for (int i = 0; i < frames; i++) {
            DecodedFrame image = load.best.get(i);
            shownIn[i] = image == null ? null : image.pixels();
            slabOf[i] = image == null ? -1 : slabs.slabOf(array(shownIn[i]));
            if (slabOf[i] < 0) {
                continue;
            }
            Integer first = firstAt.putIfAbsent(shownIn[i], i);
            sameAs[i] = first == null ? i : first;
            if (first == null) {
                // a lent image is counted once, with the first frame that shows it
                shown[slabOf[i]] += bytes(shownIn[i]);
            }
        }
        PixelBuffer[] copies = new PixelBuffer[frames];
        for (int i = 0; i < frames; i++) {
            int slab = slabOf[i];
            if (slab >= 0 && shown[slab] < slabs.slabBytes(slab) / 2) {
                int j = sameAs[i];
                copies[i] = j < i ? copies[j] : copy(shownIn[i]);
                DecodedFrame f = load.best.get(i);
                DecodedFrame again = new DecodedFrame(f.key(), f.width(), f.height(), f.samplesPerPixel(),
                        f.bitsStored(), f.reduce(), f.quality(), f.pixelSpacing(), copies[i], f.scaleX(), f.scaleY(),
                        f.transferSyntaxUid());
                load.best.set(i, again);
                load.sink.frameUpdated(load.key, again);
            }
        }
    }

    private static Object array(PixelBuffer p) {
        return p instanceof PixelBuffer.Shorts s ? s.values() : ((PixelBuffer.Bytes) p).values();
    }

    private static long bytes(PixelBuffer p) {
        return p instanceof PixelBuffer.Shorts ? 2L * p.length() : p.length();
    }

    private static PixelBuffer copy(PixelBuffer p) {
        int end = p.offset() + p.length();
        return p instanceof PixelBuffer.Shorts s
                ? new PixelBuffer.Shorts(Arrays.copyOfRange(s.values(), p.offset(), end), p.signed())
                : new PixelBuffer.Bytes(Arrays.copyOfRange(((PixelBuffer.Bytes) p).values(), p.offset(), end),
                        p.signed());
    }
}
