package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.loader.internal.store.FrameSlabs;

/**
 * On a cancel, the images a host may keep showing that live in a slab mostly holding no image are handed over
 * again in arrays of their own, so that the slab can go. A slab is up to 64 MB shared by a hundred 512² slices:
 * a host that kept the one slice it drew of a volume closed after 14 slices kept 64 MB in the heap. A slab at
 * least half shown stays (copying it would cost more than it frees). Under the load's lock, before its outcome.
 */
final class KeptImages {

    private KeptImages() {
    }

    /** What each shown region of a slab is: the frames showing it (a lent image is shown by several). */
    private record Region(PixelBuffer pixels, List<Integer> frames) {
    }

    static void copyOut(SeriesLoading load) {
        FrameSlabs slabs = load.slabs;
        if (slabs == null) {
            return;
        }
        Map<Integer, Map<Integer, Region>> bySlab = new HashMap<>();
        for (int i = 0; i < load.best.length(); i++) {
            DecodedFrame image = load.best.get(i);
            int slab = image == null ? -1 : slabs.slabOf(array(image.pixels()));
            if (slab >= 0) {
                bySlab.computeIfAbsent(slab, n -> new HashMap<>())
                        .computeIfAbsent(image.pixels().offset(), o -> new Region(image.pixels(), new ArrayList<>()))
                        .frames().add(i);
            }
        }
        bySlab.forEach((slab, regions) -> {
            long shown = regions.values().stream().mapToLong(r -> bytes(r.pixels())).sum();
            if (shown < slabs.slabBytes(slab) / 2) {
                regions.values().forEach(r -> handOver(load, r));
            }
        });
    }

    private static void handOver(SeriesLoading load, Region r) {
        PixelBuffer own = copy(r.pixels());
        for (int i : r.frames()) {
            DecodedFrame f = load.best.get(i);
            DecodedFrame again = new DecodedFrame(f.key(), f.width(), f.height(), f.samplesPerPixel(), f.bitsStored(),
                    f.reduce(), f.quality(), f.pixelSpacing(), own, f.scaleX(), f.scaleY(), f.transferSyntaxUid());
            load.best.set(i, again);
            load.sink.frameUpdated(load.key, again);
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
