package org.glimpse.codec.internal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glimpse.api.codec.FrameDecoder;

/** The registered frame decoders with their service ranking; the highest ranked available one wins. */
final class DecoderTable {
    private record Entry(FrameDecoder decoder, int ranking, long order) {
    }

    private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();
    private long added;

    synchronized void add(FrameDecoder d, int ranking) {
        entries.add(new Entry(d, ranking, added++));
    }

    void remove(FrameDecoder d) {
        entries.removeIf(e -> e.decoder() == d);
    }

    /** The decoder of the syntax: highest ranking, then first registered, among the available ones. */
    Optional<FrameDecoder> forSyntax(String transferSyntaxUid) {
        List<Entry> fit = new ArrayList<>();
        for (Entry e : entries) {
            if (e.decoder().transferSyntaxes().contains(transferSyntaxUid) && e.decoder().isAvailable()) {
                fit.add(e);
            }
        }
        return fit.stream().min(Comparator.comparingInt((Entry e) -> -e.ranking()).thenComparingLong(Entry::order))
                .map(Entry::decoder);
    }

    /** Names of the registered decoders, for messages. */
    String names() {
        return entries.stream().map(e -> e.decoder().name()).toList().toString();
    }
}
