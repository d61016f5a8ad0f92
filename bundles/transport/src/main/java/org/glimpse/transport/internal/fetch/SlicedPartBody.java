package org.glimpse.transport.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The body of a 206 from a server that applies Range to its multipart body rather than to the frame: a slice
 * of part content with no part header, ending, when it reaches the end, with the close delimiter
 * ({@code CRLF--boundary--}). The content is passed on as it comes except for a tail as long as the
 * delimiter, which is held until the end shows whether it is the delimiter or frame bytes.
 */
final class SlicedPartBody implements BodyParser {

    private final PartSink sink;
    private final byte[] delimiter;
    private final ByteArrayOutputStream tail = new ByteArrayOutputStream();
    private final int window;
    private long bytes;
    private boolean closed;

    SlicedPartBody(PartSink sink, String contentType, String boundary) {
        this.sink = sink;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        // delimiter, "--", CRLF and a little transport padding
        this.window = delimiter.length + 8;
        sink.partHeaders(0, contentType);
    }

    @Override
    public void feed(ByteBuffer b, boolean last) {
        bytes += b.remaining();
        byte[] in = new byte[b.remaining()];
        b.get(in);
        tail.writeBytes(in);
        byte[] t = tail.toByteArray();
        if (!last) {
            if (t.length > window) {
                sink.partContent(0, ByteBuffer.wrap(t, 0, t.length - window));
                tail.reset();
                tail.write(t, t.length - window, window);
            }
            return;
        }
        int at = indexOf(t, delimiter);
        closed = at >= 0;
        int content = closed ? at : t.length;
        if (content > 0) {
            sink.partContent(0, ByteBuffer.wrap(t, 0, content));
        }
        tail.reset();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public boolean framingComplete() {
        return closed;
    }

    @Override
    public long bodyBytes() {
        return bytes;
    }
}
