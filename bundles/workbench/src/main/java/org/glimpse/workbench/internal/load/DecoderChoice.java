package org.glimpse.workbench.internal.load;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glimpse.api.codec.FrameDecoder;
import org.osgi.framework.Constants;

/** The decoder services the host knows, and for a transfer syntax the best ranked one that can work here. */
public final class DecoderChoice {

    private record Ranked(FrameDecoder decoder, int ranking) {
    }

    private final List<Ranked> decoders = new CopyOnWriteArrayList<>();

    public void add(FrameDecoder decoder, Map<String, Object> properties) {
        Object r = properties.get(Constants.SERVICE_RANKING);
        decoders.add(new Ranked(decoder, r instanceof Integer i ? i : 0));
    }

    public void remove(FrameDecoder decoder) {
        decoders.removeIf(r -> r.decoder() == decoder);
    }

    /** The highest ranked available decoder of {@code transferSyntaxUid}, if any. */
    public Optional<FrameDecoder> forSyntax(String transferSyntaxUid) {
        return decoders.stream()
                .filter(r -> r.decoder().transferSyntaxes().contains(transferSyntaxUid) && r.decoder().isAvailable())
                .max(Comparator.comparingInt(Ranked::ranking)).map(Ranked::decoder);
    }
}
