package org.glimpse.transport.internal.fetch;

import java.nio.ByteBuffer;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameResponseInfo;

/**
 * Hands a frame's bytes to the caller exactly once and in order across the attempts of one retrieval:
 * bytes a response repeats (a 200 after a resume, a range that starts early) are skipped, the first bytes
 * are held until the payload can be sniffed, and the last byte of an encapsulated codestream is held back
 * so that a trailing 0x00 pad byte after its EOC/EOI marker (FFD9) can be dropped.
 */
final class FrameDelivery implements PartSink {

    private final FrameListener listener;
    private final boolean sniffFirstBytes;
    private final long firstByte;
    private long next;
    private long delivered;
    private FrameResponseInfo info;
    private byte[] head = new byte[PayloadSniffer.HEAD];
    private int headLength;
    private int held = -1;
    private int previous = -1;
    private int beforePrevious = -1;
    private boolean raw;
    private boolean closed;

    private int status;
    private String protocol;
    private String responseType;
    private String partType;
    private long pos;
    private long end = Long.MAX_VALUE;
    private long frameLength = -1;
    private long receivedThisResponse;

    FrameDelivery(FrameListener listener, long firstByte) {
        this.listener = listener;
        this.firstByte = firstByte;
        this.next = firstByte;
        this.sniffFirstBytes = firstByte == 0;
    }

    /**
     * A response with frame bytes begins; {@code startOffset} is the frame offset of its first byte and
     * {@code endOffset} (exclusive) where its Content-Range says the bytes end, or -1 when it says nothing:
     * bytes past it (a pad byte a server appends to every range) are not the frame's.
     */
    void startResponse(int status, String protocol, String contentType, long startOffset, long endOffset,
            long frameLength) {
        this.end = endOffset < 0 ? Long.MAX_VALUE : endOffset;
        this.status = status;
        this.protocol = protocol;
        this.responseType = contentType;
        this.partType = null;
        this.pos = startOffset;
        this.receivedThisResponse = 0;
        if (frameLength >= 0) {
            this.frameLength = frameLength;
        }
        if (startOffset > next) {
            throw new IllegalStateException("server sent bytes from offset " + startOffset + " but only " + next
                    + " are held: a gap would open");
        }
    }

    @Override
    public void partHeaders(int index, String contentType) {
        if (index == 0) {
            partType = contentType;
        }
    }

    @Override
    public void partContent(int index, ByteBuffer bytes) {
        if (index != 0 || closed) {
            // a frame request asks for one frame: further parts of a multi-frame answer are not this frame's
            return;
        }
        int n = bytes.remaining();
        receivedThisResponse += n;
        long skip = next - pos;
        long beyond = Math.max(0, pos + n - end);
        pos += n;
        if (skip + beyond >= n) {
            return;
        }
        ByteBuffer fresh = bytes.slice();
        fresh.limit((int) (n - beyond));
        if (skip > 0) {
            fresh.position((int) skip);
        }
        accept(fresh);
    }

    private void accept(ByteBuffer b) {
        next += b.remaining();
        if (info == null && sniffFirstBytes && headLength < head.length) {
            int take = Math.min(b.remaining(), head.length - headLength);
            b.get(head, headLength, take);
            headLength += take;
            if (headLength < head.length) {
                return;
            }
            emitInfo();
            ByteBuffer h = ByteBuffer.wrap(head, 0, headLength);
            head = null;
            hold(h);
        }
        if (info == null) {
            emitInfo();
        }
        hold(b);
    }

    /** Delivers all but the last byte of an encapsulated stream, which waits for the next bytes or the end. */
    private void hold(ByteBuffer b) {
        if (!b.hasRemaining()) {
            return;
        }
        if (held >= 0) {
            emit(ByteBuffer.wrap(new byte[] {(byte) held}));
            held = -1;
        }
        if (raw) {
            emit(b);
            return;
        }
        int last = b.get(b.limit() - 1) & 0xFF;
        ByteBuffer body = b.slice();
        body.limit(body.limit() - 1);
        emit(body);
        held = last;
    }

    private void emit(ByteBuffer b) {
        int n = b.remaining();
        if (n == 0) {
            return;
        }
        if (n >= 2) {
            beforePrevious = b.get(b.limit() - 2) & 0xFF;
            previous = b.get(b.limit() - 1) & 0xFF;
        } else {
            beforePrevious = previous;
            previous = b.get(b.position()) & 0xFF;
        }
        long offset = firstByte + delivered;
        delivered += n;
        listener.onContent(offset, b);
    }

    private void emitInfo() {
        String label = PartMediaType.parse(partType != null ? partType : responseType).transferSyntax();
        if (label == null) {
            label = PartMediaType.parse(responseType).transferSyntax();
        }
        String ts = label;
        if (sniffFirstBytes && head != null) {
            ts = PayloadSniffer.sniff(head, headLength, label);
            raw = !PayloadSniffer.encapsulated(head, headLength);
        }
        String type = PartMediaType.parse(partType != null ? partType : responseType).type();
        info = new FrameResponseInfo(status, protocol, type, ts, firstByte, frameLength);
        listener.onResponse(info);
    }

    /**
     * The response ended. When {@code frameEnd} it ended at the frame's last byte: a held 0x00 after FFD9 is
     * a pad byte and is dropped. Returns the info sent (emitting it now if no byte came).
     */
    FrameResponseInfo endResponse(boolean frameEnd) {
        if (info == null && head != null && headLength > 0) {
            emitInfo();
            ByteBuffer h = ByteBuffer.wrap(head, 0, headLength);
            head = null;
            hold(h);
        } else if (info == null) {
            emitInfo();
        }
        if (held >= 0) {
            boolean pad = frameEnd && held == 0 && beforePrevious == 0xFF && previous == 0xD9;
            if (!pad) {
                emit(ByteBuffer.wrap(new byte[] {(byte) held}));
            }
            held = -1;
        }
        return info;
    }

    /** Frame offset of the next byte wanted. */
    long next() {
        return next;
    }

    /** Bytes handed to the listener. */
    long delivered() {
        return delivered;
    }

    long frameLength() {
        return frameLength;
    }

    long receivedThisResponse() {
        return receivedThisResponse;
    }

    FrameResponseInfo info() {
        return info;
    }

    /** Drops buffers and stops delivery (cancellation). */
    void close() {
        closed = true;
        head = null;
    }
}
