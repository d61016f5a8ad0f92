package org.glimpse.retrieve.internal.plan;

import java.util.Arrays;
import java.util.List;

import org.glimpse.api.retrieve.RetrieveStage;

/**
 * Every (frame, stage) request of a plan, as parallel int arrays, with each frame's requests linked in
 * stage order. Nodes are numbered in selection order, so the first node of each frame comes first.
 */
final class Chains {
    private final int[] frame;
    private final int[] stage;
    private final int[] next;
    private final int[] heads;
    private int size;
    private int headCount;

    private Chains(int capacity) {
        frame = new int[capacity];
        stage = new int[capacity];
        next = new int[capacity];
        heads = new int[capacity];
    }

    static Chains select(List<RetrieveStage> stages, int frameCount) {
        int capacity = 0;
        for (RetrieveStage s : stages) {
            capacity += s.positions().isEmpty() ? countDecimated(frameCount, s) : s.positions().size();
        }
        Chains c = new Chains(capacity);
        int[] last = new int[frameCount];
        Arrays.fill(last, -1);
        for (int s = 0; s < stages.size(); s++) {
            RetrieveStage st = stages.get(s);
            if (st.positions().isEmpty()) {
                for (int f = st.offset(); f < frameCount; f += st.decimate()) {
                    c.add(f, s, last);
                }
            } else {
                for (double p : st.positions()) {
                    int f = index(p, frameCount);
                    if (f >= 0 && f < frameCount && (last[f] < 0 || c.stage[last[f]] != s)) {
                        c.add(f, s, last);
                    }
                }
            }
        }
        return c;
    }

    /** Cornerstone3D's position rule: negative from the end, [0, 1) relative to frameCount - 1, else index. */
    static int index(double position, int frameCount) {
        if (position < 0) {
            return frameCount + (int) position;
        }
        if (position < 1) {
            return (int) Math.floor((frameCount - 1) * position);
        }
        return position > Integer.MAX_VALUE ? -1 : (int) position;
    }

    private static int countDecimated(int frameCount, RetrieveStage s) {
        return frameCount <= s.offset() ? 0 : (frameCount - s.offset() + s.decimate() - 1) / s.decimate();
    }

    private void add(int f, int s, int[] last) {
        int node = size++;
        frame[node] = f;
        stage[node] = s;
        next[node] = -1;
        if (last[f] >= 0) {
            next[last[f]] = node;
        } else {
            heads[headCount++] = node;
        }
        last[f] = node;
    }

    int size() {
        return size;
    }

    int frame(int node) {
        return frame[node];
    }

    int stage(int node) {
        return stage[node];
    }

    int next(int node) {
        return next[node];
    }

    int headCount() {
        return headCount;
    }

    int head(int i) {
        return heads[i];
    }
}
