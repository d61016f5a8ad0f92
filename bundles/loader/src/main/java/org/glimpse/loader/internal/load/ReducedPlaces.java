package org.glimpse.loader.internal.load;

import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.loader.internal.store.FrameSlabs;

/**
 * Where a frame's reduced image (a prefix decode) goes: into a free part of another frame's place in the series' slab,
 * a frame whose whole bytes are asked for after this frame's, so that its own decode comes once this image has been
 * replaced; else (no such place, a frame of its own shape, or a small image while no slab it could go in is allocated)
 * into an array of its own. Cornerstone3D's interleaved volume shows a 256² image of half its slices until their rest
 * arrives: as arrays of their own they were 12.5 MB beside a 200-slice CT's 100 MB, and old-generation garbage once
 * replaced, while the places of the slices still to come sat empty. A place lends parts until full before another is
 * opened, so that its parts, taken in the order their frames are asked, come back together; among places with room, the
 * one whose whole bytes come first after the margin, so that the places of the last frames asked are left for the last
 * reduced images (taking the last places first left the last sixteen slices of the interleaved CT with none after them,
 * 2.4 MB of arrays of their own). A lender whose whole bytes land while the frames showing images in its place are
 * decoding waits for them ({@link PlaceWait}); should they come first otherwise (the view moved), its decode gets an
 * array of its own, as when its place shows an image. Under the load's lock.
 */
final class ReducedPlaces {

    /** A frame whose place is never needed again (final, failed, or no whole step left). */
    private static final long NEVER = Long.MAX_VALUE;
    /**
     * How many frames' whole requests must come between a reduced image's frame and the frame lending it a part:
     * requests run side by side (six connections, more over h2c) and decodes too, so a frame a few places later
     * in the order often has its whole bytes before the other's final is shown. Its decode then waits for its
     * place ({@link PlaceWait}); the margin keeps those waits few (at 16, a fifth of the interleaved CT's
     * lenders decoded beside their places before lenders waited; at 8 with the wait, one or two of 200).
     */
    static final int MARGIN = 8;
    /** An image of at most 1/{@value} of its frame's place counts as small (a 512² slice's 128² level and below). */
    static final int SMALL = 16;

    private final SeriesLoading load;
    /** The {@link #MARGIN} nearest ranks after a frame's, kept in order (reused: asked at every prefix decode). */
    private final long[] after = new long[MARGIN];
    /** Every frame's {@link #wholeRank}, found once per choice (reused). */
    private long[] ranks = new long[0];

    ReducedPlaces(SeriesLoading load) {
        this.load = load;
    }

    /** A part for frame {@code f}'s image at {@code reduce} through {@code step}, held for its decode; or null. */
    PlacePart lend(FrameLoad f, PlannedRequest step, int reduce) {
        FrameSlabs slabs = load.slabs;
        PixelDescriptor p = FrameDecodes.pixel(f, step);
        long values = (long) LevelChoice.size(p.columns(), reduce) * LevelChoice.size(p.rows(), reduce)
                * p.samplesPerPixel();
        if (slabs == null || values > slabs.placeValues(f.index) / 2) {
            return null;
        }
        rankAll();
        long mine = ranks[f.index];
        if (mine == NEVER) {
            // an image that may never be replaced would hold its part for good
            return null;
        }
        long threshold = threshold(mine);
        // a small image (a volume's coarse level) does not make a slab be allocated: an array of its own costs
        // little, where allocating a 64 MB slab under the load's lock held every response and decode of the series
        // for 30 to 80 ms at the start of a volume (its first whole image allocates the slab, while its bytes come)
        boolean small = values * SMALL <= slabs.placeValues(f.index);
        FrameLoad host = null;
        long hostRank = 0;
        for (FrameLoad j : load.frames) {
            long r = ranks[j.index];
            // a frame whose whole decode is asked needs its place now (it may be waiting for it: PlaceWait)
            if (j == f || j.slotTaken || j.wholeDecoding || j.allSteps.isEmpty() || r != NEVER && r <= threshold
                    || !slabs.sameShape(f.index, j.index) || j.partsUsed + values > slabs.placeValues(j.index)
                    || small && !slabs.allocated(j.index)) {
                continue;
            }
            boolean lending = j.lendsParts();
            boolean hostLending = host != null && host.lendsParts();
            if (host == null || lending && !hostLending || lending == hostLending && r < hostRank) {
                host = j;
                hostRank = r;
            }
        }
        if (host == null) {
            return null;
        }
        PlacePart part = new PlacePart(host, slabs.slot(host.index).slice(host.partsUsed, (int) values));
        host.partsUsed += (int) values;
        host.lentParts.add(part);
        return part;
    }

    /**
     * The rank a lender must come after: the {@link #MARGIN}-th of the frames' ranks after {@code mine}, or
     * {@link #NEVER} when fewer frames come after it (then only frames whose place is never needed lend).
     */
    private long threshold(long mine) {
        int n = 0;
        for (long r : ranks) {
            if (r <= mine || r == NEVER || n == MARGIN && r >= after[MARGIN - 1]) {
                continue;
            }
            int i = n == MARGIN ? MARGIN - 1 : n++;
            while (i > 0 && after[i - 1] > r) {
                after[i] = after[i - 1];
                i--;
            }
            after[i] = r;
        }
        return n < MARGIN ? NEVER : after[MARGIN - 1];
    }

    private void rankAll() {
        FrameLoad[] frames = load.frames;
        if (ranks.length != frames.length) {
            ranks = new long[frames.length];
        }
        int[] shown = load.views.shownFrames();
        for (FrameLoad x : frames) {
            ranks[x.index] = wholeRank(x, shown);
        }
    }

    /**
     * Where the frame's next request for its whole bytes or their rest stands in the transport's order (the one
     * whose decode takes its place): type, stage priority and distance from the view in one number, lower first;
     * or {@link #NEVER}. (A number, not a record: it is asked for every frame each time a place is chosen.)
     */
    private long wholeRank(FrameLoad x, int[] shown) {
        if (x.finalReached || x.failure != null) {
            return NEVER;
        }
        PlannedRequest whole = x.current != null && toTheEnd(x.current) ? x.current : null;
        if (whole == null) {
            for (PlannedRequest s : x.steps) {
                if (toTheEnd(s)) {
                    whole = s;
                    break;
                }
            }
        }
        if (whole == null) {
            return NEVER;
        }
        int distance = Integer.MAX_VALUE;
        for (int at : shown) {
            if (at >= 0) {
                distance = Math.min(distance, Math.abs(x.index - at));
            }
        }
        StepRank rank = load.flow.rank;
        long priority = (long) rank.priority(x, whole) - Integer.MIN_VALUE;
        return (long) rank.type(x, whole).ordinal() << 60 | priority << 28 | Math.min(distance, (1 << 28) - 1);
    }

    private static boolean toTheEnd(PlannedRequest s) {
        Integer index = s.options().rangeIndex();
        return index == null || index < 0;
    }
}
