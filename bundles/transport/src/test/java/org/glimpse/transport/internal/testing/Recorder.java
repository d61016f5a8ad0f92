package org.glimpse.transport.internal.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.TransportException;

/**
 * A frame listener that keeps what it got and checks the event order the API promises. It fails with plain
 * {@link AssertionError}s so that the integration tests (JUnit 4) use it too, from the transport's test jar.
 */
public final class Recorder implements FrameListener {

    public final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final CountDownLatch firstBytes = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final long firstOffset;
    public volatile FrameResponseInfo info;
    public volatile FrameResult result;
    public volatile TransportException failure;

    public Recorder(long firstOffset) {
        this.firstOffset = firstOffset;
    }

    public Recorder() {
        this(0);
    }

    @Override
    public synchronized void onResponse(FrameResponseInfo i) {
        events.add("response");
        info = i;
    }

    @Override
    public synchronized void onContent(long offset, ByteBuffer chunk) {
        if (ended.getCount() == 0) {
            events.add("content-after-end");
        }
        if (offset != firstOffset + bytes.size()) {
            throw new AssertionError("content arrives in order without gaps or repeats: offset " + offset
                    + ", expected " + (firstOffset + bytes.size()));
        }
        byte[] b = new byte[chunk.remaining()];
        chunk.get(b);
        bytes.writeBytes(b);
        firstBytes.countDown();
    }

    @Override
    public synchronized void onComplete(FrameResult r) {
        events.add("complete");
        result = r;
        ended.countDown();
    }

    @Override
    public synchronized void onFailure(TransportException f) {
        events.add("failure");
        failure = f;
        ended.countDown();
    }

    /** Waits for the end (bounded) and returns the result, failing the test with the failure if any. */
    public FrameResult awaitResult() throws InterruptedException {
        await();
        if (failure != null) {
            throw new AssertionError("retrieval failed: " + failure.getMessage(), failure);
        }
        return result;
    }

    public TransportException awaitFailure() throws InterruptedException {
        await();
        if (failure == null) {
            throw new AssertionError("retrieval should have failed but completed with " + result);
        }
        return failure;
    }

    private void await() throws InterruptedException {
        if (!ended.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("retrieval did not end within 20 s; events " + events);
        }
    }
}
