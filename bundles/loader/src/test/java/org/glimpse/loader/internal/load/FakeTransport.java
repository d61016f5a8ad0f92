package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;

/** A transport that answers nothing by itself: it records requests, view moves and re-prioritisations. */
final class FakeTransport implements FrameTransport {

    final List<Exchange> exchanges = new ArrayList<>();
    final List<Integer> viewAt = new ArrayList<>();
    /** Called on each fetch, before it is recorded (a test's hook), or null. */
    volatile java.util.function.BiConsumer<FrameRequest, FrameListener> onFetch;

    final class Exchange implements FrameExchange {
        final FrameRequest request;
        final FrameListener listener;
        RequestType type;
        int priority;
        boolean cancelled;

        Exchange(FrameRequest request, FrameListener listener) {
            this.request = request;
            this.listener = listener;
            this.type = request.requestType();
            this.priority = request.priority();
        }

        @Override
        public FrameRequest request() {
            return request;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public void reprioritize(RequestType requestType, int p) {
            type = requestType;
            priority = p;
        }

        @Override
        public CompletableFuture<FrameResult> completion() {
            return new CompletableFuture<>();
        }
    }

    @Override
    public CompletableFuture<SeriesDescriptor> seriesMetadata(SeriesLocation series) {
        return new CompletableFuture<>();
    }

    @Override
    public synchronized FrameExchange fetch(FrameRequest request, FrameListener listener) {
        var hook = onFetch;
        if (hook != null) {
            hook.accept(request, listener);
        }
        Exchange e = new Exchange(request, listener);
        exchanges.add(e);
        return e;
    }

    @Override
    public synchronized void viewAt(SeriesLocation series, int frameIndex) {
        viewAt.add(frameIndex);
    }

    @Override
    public int cancel(SeriesLocation series) {
        return 0;
    }

    /** The latest request of frame {@code index}. */
    synchronized Exchange of(int index) {
        Exchange found = null;
        for (Exchange e : exchanges) {
            if (e.request.frameIndex() == index) {
                found = e;
            }
        }
        return found;
    }

    synchronized int size() {
        return exchanges.size();
    }
}
