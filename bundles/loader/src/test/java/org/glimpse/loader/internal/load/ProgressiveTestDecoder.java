package org.glimpse.loader.internal.load;

import java.util.Set;
import org.glimpse.api.codec.FrameDecoder;

/** A decoder of a test's own progressive syntax: always available, decodes prefixes; each test decides the rest. */
abstract class ProgressiveTestDecoder implements FrameDecoder {

    private final String name;
    private final String transferSyntaxUid;

    ProgressiveTestDecoder(String name, String transferSyntaxUid) {
        this.name = name;
        this.transferSyntaxUid = transferSyntaxUid;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> transferSyntaxes() {
        return Set.of(transferSyntaxUid);
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public boolean decodesPrefixes() {
        return true;
    }
}
