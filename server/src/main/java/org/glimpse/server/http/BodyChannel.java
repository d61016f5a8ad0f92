package org.glimpse.server.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Writes a response body in blocking steps, applying the emulated link (latency before the first byte,
 * bandwidth per chunk) and the byte-count faults (stall after the headers, connection reset after N bytes).
 * Unthrottled buffers are written whole, so a mapped file region goes to the socket without a copy in Java.
 */
final class BodyChannel {
    /** Chunk size under throttling: small enough that pacing is smooth (about 1 ms at 30 Mbit/s). */
    private static final int THROTTLED_CHUNK = 4096;
    /**
     * How late a pacing thread may wake up without the link losing the time: a response's next chunk is
     * reserved from its previous chunk's end when that is at most this far back (its bytes sat in the socket's
     * send buffer), else from now. On a busy machine wake-ups are late by a fraction of a millisecond each, and
     * without this a 7 MB answer over 30 Mbit/s came about 5 % slower than the link.
     */
    static final long CATCH_UP_NANOS = 5_000_000L;
    private static final long NOT_YET = Long.MIN_VALUE;

    private final Request request;
    private final Response response;
    private final Link link;
    private final long latencyNanos;
    private final long resetAfter;
    private final long stallMillis;
    private long written;
    private boolean started;
    private long lastEnd = Long.MIN_VALUE;
    /** When the latency of a throttled answer ends, until its first chunk is sent; else {@link #NOT_YET}. */
    private long firstByte = NOT_YET;
    /** Bytes of a throttled answer waiting to fill a chunk; null until the first write. */
    private ByteBuffer pending;

    BodyChannel(Request request, Response response, Link link, int latencyMillis, long resetAfter, long stallMillis) {
        this.request = request;
        this.response = response;
        this.link = link;
        this.latencyNanos = latencyMillis * 1_000_000L;
        this.resetAfter = resetAfter;
        this.stallMillis = stallMillis;
    }

    long written() {
        return written;
    }

    /**
     * Writes {@code buffer}. On an emulated link bytes cross in chunks of {@value #THROTTLED_CHUNK}: a short
     * write (a multipart part header, the tail of a file region) waits for the next one and goes in the same
     * chunk, so that the first chunk of a frame answer carries frame bytes after its part header, paced once,
     * instead of a paced write of the header alone before them.
     */
    void write(ByteBuffer buffer) throws IOException {
        start();
        if (link == null) {
            send(buffer);
            return;
        }
        while (buffer.hasRemaining()) {
            if (pending == null) {
                pending = ByteBuffer.allocate(THROTTLED_CHUNK);
            }
            if (pending.position() == 0 && buffer.remaining() >= THROTTLED_CHUNK) {
                // whole chunks go from the caller's buffer (a mapped file region) without a copy
                int whole = buffer.remaining() - buffer.remaining() % THROTTLED_CHUNK;
                send(buffer.slice(buffer.position(), whole));
                buffer.position(buffer.position() + whole);
                continue;
            }
            int take = Math.min(pending.remaining(), buffer.remaining());
            pending.put(buffer.slice(buffer.position(), take));
            buffer.position(buffer.position() + take);
            if (!pending.hasRemaining()) {
                sendPending();
            }
        }
    }

    private void sendPending() throws IOException {
        if (pending == null || pending.position() == 0) {
            return;
        }
        pending.flip();
        send(pending);
        pending.clear();
    }

    private void send(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            int n = buffer.remaining();
            if (link != null) {
                n = Math.min(n, THROTTLED_CHUNK);
            }
            if (resetAfter >= 0) {
                long allowed = resetAfter - written;
                if (allowed <= 0) {
                    reset();
                }
                n = (int) Math.min(n, allowed);
            }
            if (link != null) {
                lastEnd = firstByte != NOT_YET ? reserveFirst(n) : link.reserve(n, earliest(lastEnd, link.now()));
                sleepUntil(lastEnd);
            }
            ByteBuffer slice = buffer.slice();
            slice.limit(n);
            Content.Sink.write(response, false, slice);
            buffer.position(buffer.position() + n);
            written += n;
        }
    }

    /**
     * The first chunk of a throttled answer: one wait until it could have crossed after the latency, then its place
     * on the link from the latency's end, as a sender whose bytes sat in the socket's send buffer gets it (see
     * {@link #CATCH_UP_NANOS}). The link is not reserved during the wait, so other answers use it meanwhile; when
     * they did, the chunk follows theirs. One wake-up instead of two (the latency, then the chunk) before the
     * first byte: on a busy machine each one may come late.
     */
    private long reserveFirst(int n) throws InterruptedIOException {
        long from = firstByte;
        firstByte = NOT_YET;
        sleepUntil(from + link.nanosFor(n));
        return link.reserve(n, from);
    }

    /** Where a response's next chunk may start on the link: right after its previous one, unless that is long past. */
    static long earliest(long previousEnd, long now) {
        return previousEnd == Long.MIN_VALUE || now - previousEnd > CATCH_UP_NANOS ? now : previousEnd;
    }

    /** Completes the response (sends the headers first if no body byte was written). */
    void finish() throws IOException {
        start();
        sendPending();
        if (firstByte != NOT_YET) {
            // nothing was sent: the headers still wait for the latency
            sleepUntil(firstByte);
            firstByte = NOT_YET;
        }
        Content.Sink.write(response, true, ByteBuffer.allocate(0));
    }

    OutputStream asOutputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                BodyChannel.this.write(ByteBuffer.wrap(new byte[] {(byte) b}));
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                BodyChannel.this.write(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    private void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        if (link != null && stallMillis == 0) {
            // the first chunk waits for the latency and its own crossing at once (see send)
            firstByte = System.nanoTime() + latencyNanos;
            return;
        }
        if (latencyNanos > 0) {
            sleepUntil(System.nanoTime() + latencyNanos);
        }
        if (stallMillis > 0) {
            Content.Sink.write(response, false, ByteBuffer.allocate(0));
            sleepUntil(System.nanoTime() + stallMillis * 1_000_000L);
        }
    }

    /** Sends a TCP RST: SO_LINGER 0 then close, as a crashing or overloaded server does. */
    private void reset() throws IOException {
        // Give the client time to read what was sent: an RST may discard data still unread on its side.
        sleepUntil(System.nanoTime() + 50_000_000L);
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        Object transport = endPoint.getTransport();
        if (transport instanceof NetworkChannel channel) {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
        }
        endPoint.close();
        throw new FaultReset("connection reset after " + written + " body bytes (fault reset-after=" + resetAfter
                + ")");
    }

    private static void sleepUntil(long deadline) throws InterruptedIOException {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.interrupted()) {
                throw new InterruptedIOException("interrupted while pacing the response");
            }
        }
    }

    /** Thrown after an injected reset: the exchange is over, nothing more may be written. */
    static final class FaultReset extends IOException {
        private static final long serialVersionUID = 1L;

        FaultReset(String message) {
            super(message);
        }
    }
}
