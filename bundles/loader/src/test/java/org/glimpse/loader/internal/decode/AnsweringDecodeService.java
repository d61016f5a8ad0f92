package org.glimpse.loader.internal.decode;

import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.codec.EncodedFrame;

/** A test's decode service: any syntax, one decode at a time, nothing waiting, no inspection; decoding is the test's. */
public abstract class AnsweringDecodeService implements DecodeService {

    @Override
    public CodestreamLevels inspect(EncodedFrame frame) throws DecodeException {
        throw new DecodeException(DecodeException.Kind.UNSUPPORTED, frame.key(), "not inspected here");
    }

    @Override
    public boolean canDecode(String transferSyntaxUid) {
        return true;
    }

    @Override
    public boolean decodesPrefixes(String transferSyntaxUid) {
        return false;
    }

    @Override
    public int concurrency() {
        return 1;
    }

    @Override
    public int waiting() {
        return 0;
    }
}
