package org.glimpse.codec.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glimpse.api.codec.FrameDecoder;

/**
 * The registered frame decoders with their service ranking; the highest ranked available one wins. The list is
 * kept in that order (highest ranking, then first registered), so that finding a frame's decoder, which every
 * submit and every decode does, walks it once and allocates nothing.
 */
final class DecoderTable {
    private record Entry(FrameDecoder decoder, int ranking, long order) {
    }

    private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt((Entry e) -> -e.ranking())
            .thenComparingLong(Entry::order);

    private volatile List<Entry> entries = List.of();
    private long added;

    synchronized void add(FrameDecoder d, int ranking) {
        List<Entry> next = new CopyOnWriteArrayList<>(entries);
        next.add(new Entry(d, ranking, added++));
        next.sort(BEST_FIRST);
        entries = next;
    }

    synchronized void remove(FrameDecoder d) {
        List<Entry> next = new CopyOnWriteArrayList<>(entries);
        next.removeIf(e -> e.decoder() == d);
        entries = next;
    }

    /** The decoder of the syntax (highest ranking, then first registered, among the available ones), or null. */
    FrameDecoder first(String transferSyntaxUid) {
        for (Entry e : entries) {
            if (e.decoder().transferSyntaxes().contains(transferSyntaxUid) && e.decoder().isAvailable()) {
                return e.decoder();
            }
        }
        return null;
    }

    /** Names of the registered decoders, for messages. */
    String names() {
        return entries.stream().map(e -> e.decoder().name()).toList().toString();
    }
}
