package org.glimpse.retrieve.internal.plan;

import java.util.Arrays;
import java.util.List;

import org.glimpse.api.retrieve.RetrieveStage;

/**
 * Cornerstone3D's RequestPoolManager reduced to one request at a time: one FIFO per distinct
 * (request type, priority), served in request-type order, then by ascending priority.
 */
final class Queues {
    private final Chains chains;
    private final int[] queueOfStage;
    private final int[][] items;
    private final int[] head;
    private final int[] tail;

    private Queues(Chains chains, int[] queueOfStage, int[] capacity) {
        this.chains = chains;
        this.queueOfStage = queueOfStage;
        items = new int[capacity.length][];
        for (int q = 0; q < capacity.length; q++) {
            items[q] = new int[capacity[q]];
        }
        head = new int[capacity.length];
        tail = new int[capacity.length];
    }

    static Queues of(List<RetrieveStage> stages, Chains chains) {
        long[] keys = new long[stages.size()];
        for (int s = 0; s < keys.length; s++) {
            keys[s] = key(stages.get(s));
        }
        long[] distinct = Arrays.stream(keys).distinct().sorted().toArray();
        int[] queueOfStage = new int[keys.length];
        for (int s = 0; s < keys.length; s++) {
            queueOfStage[s] = Arrays.binarySearch(distinct, keys[s]);
        }
        // Every node enters its queue exactly once, so a queue never holds more than its stages' nodes.
        int[] capacity = new int[distinct.length];
        for (int node = 0; node < chains.size(); node++) {
            capacity[queueOfStage[chains.stage(node)]]++;
        }
        Queues q = new Queues(chains, queueOfStage, capacity);
        for (int i = 0; i < chains.headCount(); i++) {
            q.add(chains.head(i));
        }
        return q;
    }

    private static long key(RetrieveStage s) {
        return ((long) s.requestType().ordinal() << 32) + ((long) s.priority() - Integer.MIN_VALUE);
    }

    void add(int node) {
        int q = queueOfStage[chains.stage(node)];
        items[q][tail[q]++] = node;
    }

    /** The next node to issue, or -1 when every queue is empty. */
    int poll() {
        for (int q = 0; q < items.length; q++) {
            if (head[q] < tail[q]) {
                return items[q][head[q]++];
            }
        }
        return -1;
    }
}
