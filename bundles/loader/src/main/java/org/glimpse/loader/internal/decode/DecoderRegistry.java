package org.glimpse.loader.internal.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glimpse.api.codec.FrameDecoder;

/**
 * The decoder services known now, with their syntaxes and ranking: the best available decoder of a transfer
 * syntax is the highest ranked one whose library is loaded (as the codec bundle's services promise).
 */
public final class DecoderRegistry {

    private record Entry(FrameDecoder decoder, int ranking, List<String> syntaxes) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** A decoder service appeared with its service properties. */
    public void add(FrameDecoder decoder, Map<String, ?> properties) {
        entries.add(new Entry(decoder, ranking(properties.get("service.ranking")),
                syntaxes(properties.get(FrameDecoder.TRANSFER_SYNTAX_PROPERTY), decoder)));
    }

    /** A decoder service went away. */
    public void remove(FrameDecoder decoder) {
        entries.removeIf(e -> e.decoder == decoder);
    }

    /** The best available decoder of {@code transferSyntaxUid}, or null. */
    public FrameDecoder forSyntax(String transferSyntaxUid) {
        List<Entry> candidates = new ArrayList<>();
        for (Entry e : entries) {
            if (e.syntaxes.contains(transferSyntaxUid) && e.decoder.isAvailable()) {
                candidates.add(e);
            }
        }
        return candidates.stream().max(Comparator.comparingInt(Entry::ranking)).map(Entry::decoder).orElse(null);
    }

    private static int ranking(Object v) {
        return v instanceof Integer i ? i : 0;
    }

    private static List<String> syntaxes(Object v, FrameDecoder decoder) {
        if (v instanceof String[] a) {
            return List.of(a);
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        return List.copyOf(decoder.transferSyntaxes());
    }
}
