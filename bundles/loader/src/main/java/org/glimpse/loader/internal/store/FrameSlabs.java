package org.glimpse.loader.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;

/**
 * Where a series' final images live: frames of one shape (value type, signedness, Rows × Columns ×
 * SamplesPerPixel) share slabs laid out by {@link SlabLayout}, in frame order. A slab is allocated the first
 * time one of its frames asks for its place, once; {@link #release()} lets every slab go (a cancelled load), after
 * which no place is handed out again. Used under the series load's lock.
 */
public final class FrameSlabs {

    private record Shape(boolean shorts, boolean signed, int values) {
    }

    private static final class Group {
        final Shape shape;
        final SlabLayout layout;
        final int frames;
        final Object[] slabs;

        Group(Shape shape, int frames, long regionBytes) {
            this.shape = shape;
            this.frames = frames;
            this.layout = SlabLayout.of((long) shape.values * (shape.shorts ? 2 : 1), frames, regionBytes);
            this.slabs = new Object[(frames + layout.framesPerSlab() - 1) / layout.framesPerSlab()];
        }
    }

    private final Group[] groupOf;
    /** Each shape's group once, in the order first met. */
    private final List<Group> groups = new ArrayList<>();
    private final int[] position;
    private long allocated;
    private boolean released;

    /** @param frames each frame's pixel module, in frame order */
    public FrameSlabs(List<PixelDescriptor> frames, long regionBytes) {
        groupOf = new Group[frames.size()];
        position = new int[frames.size()];
        Map<Shape, Integer> counts = new HashMap<>();
        Shape[] shapes = new Shape[frames.size()];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = shape(frames.get(i));
            if (shapes[i] != null) {
                position[i] = counts.merge(shapes[i], 1, Integer::sum) - 1;
            }
        }
        Map<Shape, Group> byShape = new HashMap<>();
        for (int i = 0; i < shapes.length; i++) {
            if (shapes[i] != null) {
                groupOf[i] = byShape.computeIfAbsent(shapes[i], s -> {
                    Group g = new Group(s, counts.get(s), regionBytes);
                    groups.add(g);
                    return g;
                });
            }
        }
    }

    /** 8- and 16-bit frames get a place; other BitsAllocated decode into arrays of their own. */
    private static Shape shape(PixelDescriptor p) {
        long values = (long) p.rows() * p.columns() * p.samplesPerPixel();
        if ((p.bitsAllocated() != 8 && p.bitsAllocated() != 16) || values > Integer.MAX_VALUE - 8) {
            return null;
        }
        return new Shape(p.bitsAllocated() == 16, p.signed(), (int) values);
    }

    /** The place of frame {@code index}'s full-size values, or null (no slab for its shape, or released). */
    public PixelBuffer slot(int index) {
        Group g = groupOf[index];
        if (g == null || released) {
            return null;
        }
        int perSlab = g.layout.framesPerSlab();
        int n = position[index] / perSlab;
        int offset = (position[index] % perSlab) * g.shape.values;
        if (g.slabs[n] == null) {
            int frames = Math.min(perSlab, g.frames - n * perSlab);
            g.slabs[n] = g.shape.shorts ? new short[frames * g.shape.values] : new byte[frames * g.shape.values];
            allocated += (long) frames * g.shape.values * (g.shape.shorts ? 2 : 1);
        }
        return g.shape.shorts ? new PixelBuffer.Shorts((short[]) g.slabs[n], offset, g.shape.values, g.shape.signed)
                : new PixelBuffer.Bytes((byte[]) g.slabs[n], offset, g.shape.values, g.shape.signed);
    }

    /** Values of frame {@code index}'s place, or 0 when it has none (no slab for its shape). */
    public int placeValues(int index) {
        Group g = groupOf[index];
        return g == null ? 0 : g.shape.values;
    }

    /** Whether frames {@code a} and {@code b} have places of one shape (so one's values fit the other's place). */
    public boolean sameShape(int a, int b) {
        return groupOf[a] != null && groupOf[a] == groupOf[b];
    }

    /** The number of the slab {@code array} is, or -1 when it is none of this series' slabs. */
    public int slabOf(Object array) {
        int n = 0;
        for (Group g : groups) {
            for (Object slab : g.slabs) {
                if (slab == array && slab != null) {
                    return n;
                }
                n++;
            }
        }
        return -1;
    }

    /** Bytes of the slab numbered {@code n} by {@link #slabOf}, 0 when it is not allocated. */
    public long slabBytes(int n) {
        for (Group g : groups) {
            if (n < g.slabs.length) {
                Object slab = g.slabs[n];
                return slab instanceof short[] s ? 2L * s.length : slab instanceof byte[] b ? b.length : 0;
            }
            n -= g.slabs.length;
        }
        return 0;
    }

    /** Whether the slab of frame {@code index}'s place is allocated (false when it has none, or after release). */
    public boolean allocated(int index) {
        Group g = groupOf[index];
        return g != null && !released && g.slabs[position[index] / g.layout.framesPerSlab()] != null;
    }

    /** Lets every slab go; images already handed over keep theirs alive only as long as the host holds them. */
    public void release() {
        released = true;
        for (Group g : groupOf) {
            if (g != null) {
                java.util.Arrays.fill(g.slabs, null);
            }
        }
    }

    /** Bytes of slabs allocated so far (released ones included). */
    public long allocatedBytes() {
        return allocated;
    }
}
