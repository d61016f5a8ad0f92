package org.glimpse.transport.internal.fetch;

import java.nio.ByteBuffer;

/** A body that is the frame itself ({@code application/octet-stream}, {@code image/jls} and so on). */
final class SinglePartBody implements BodyParser {

    private final PartSink sink;
    private long bytes;

    SinglePartBody(PartSink sink, String contentType) {
        this.sink = sink;
        sink.partHeaders(0, contentType);
    }

    @Override
    public void feed(ByteBuffer b, boolean last) {
        bytes += b.remaining();
        if (b.hasRemaining()) {
            sink.partContent(0, b);
        }
    }

    @Override
    public boolean framingComplete() {
        return true;
    }

    @Override
    public long bodyBytes() {
        return bytes;
    }
}
