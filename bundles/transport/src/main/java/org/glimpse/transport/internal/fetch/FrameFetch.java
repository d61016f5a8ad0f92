package org.glimpse.transport.internal.fetch;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpVersion;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.RequestMetrics;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.http.Origin;
import org.glimpse.transport.internal.http.Redirects;
import org.glimpse.transport.internal.schedule.Schedulable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One frame retrieval and its attempts: Accept fallbacks, redirects, a retry on a stale keep-alive
 * connection, 5xx retries with backoff, and resumption from the bytes held after a body is cut short.
 * Jetty calls one attempt's listener on one thread at a time; a lock orders those calls against a cancel
 * from another thread, so the caller never sees bytes after its failure event.
 */
public final class FrameFetch implements FrameExchange, Schedulable {

    private static final Logger LOG = LoggerFactory.getLogger(FrameFetch.class);

    private final FrameRequest request;
    private final FetchContext ctx;
    private final URI url;
    private final long sequence;
    private final TransportSettings settings;
    /** The site's Jetty client, looked up once: a site lookup on each use cost a first request about a millisecond. */
    private final HttpClient client;
    private final CompletableFuture<FrameResult> completion = new CompletableFuture<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicBoolean slotFreed = new AtomicBoolean();
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean cancelPending;
    private final FetchAttempt.Owner owner = new FetchAttempt.Owner() {
        @Override
        public void locked(Runnable action) {
            FrameFetch.this.locked(action);
        }

        @Override
        public boolean done() {
            return done.get();
        }

        @Override
        public void headSeen(int status, String responseProtocol) {
            lastStatus = status;
            protocol = responseProtocol;
            ctx.answered(target, HttpVersion.fromString(responseProtocol));
            if (!Origin.of(target).equals(Origin.of(url))) {
                ctx.scheduler().answered(url);
            }
        }

        @Override
        public FrameDelivery delivery() {
            return delivery;
        }

        @Override
        public void ended(FetchAttempt attempt, Result result) {
            attemptEnded(attempt, result);
        }
    };
    private final TimedListener listener;
    private final FrameDelivery delivery;
    private final AcceptLadder ladder;
    private final long createdNanos = System.nanoTime();
    private volatile RequestType requestType;
    private volatile int priority;
    private volatile Request inFlight;
    private volatile long startedNanos = -1;
    private URI target;
    private int attempts;
    private int retries;
    private int redirects;
    private boolean staleRetried;
    private boolean rangeDropped;
    private int lastStatus;
    private String protocol;
    private HttpVersion sentVersion;

    public FrameFetch(FrameRequest request, FrameListener listener, FetchContext ctx, AtomicLong sequences) {
        this.request = request;
        this.ctx = ctx;
        this.url = FrameUrls.of(request);
        this.target = url;
        this.sequence = sequences.incrementAndGet();
        this.settings = ctx.settings(url);
        this.client = ctx.client(url);
        this.requestType = request.requestType();
        this.priority = request.priority();
        this.listener = new TimedListener(listener);
        this.delivery = new FrameDelivery(this.listener, request.range() == null ? 0 : request.range().first());
        this.ladder = new AcceptLadder(request.acceptTransferSyntaxes(), request.singlePart());
    }

    /** The settings of the frame URL's site. */
    public TransportSettings settings() {
        return settings;
    }

    /** The frame URL (also the scheduler's key). */
    public URI url() {
        return url;
    }

    @Override
    public FrameRequest request() {
        return request;
    }

    @Override
    public CompletableFuture<FrameResult> completion() {
        return completion;
    }

    @Override
    public void reprioritize(RequestType type, int newPriority) {
        this.requestType = type;
        this.priority = newPriority;
        ctx.scheduler().reordered(url);
    }

    @Override
    public RequestType requestType() {
        return requestType;
    }

    @Override
    public int priority() {
        return priority;
    }

    @Override
    public int frameIndex() {
        return request.frameIndex();
    }

    @Override
    public SeriesLocation series() {
        return request.series();
    }

    @Override
    public long sequence() {
        return sequence;
    }

    @Override
    public void start() {
        startedNanos = System.nanoTime();
        locked(this::send);
    }

    /**
     * Marks the retrieval done, aborts its exchange and tells the caller. A cancel never waits for the lock
     * (a listener of another retrieval may cancel this one while this one's thread calls into the caller,
     * which would deadlock): when the lock is busy, its holder delivers the cancellation on release.
     */
    @Override
    public void cancel() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        ctx.scheduler().withdraw(url, this);
        Request r = inFlight;
        if (r != null) {
            abortAside(r);
        }
        // the slot is free before the caller hears of the end, so it never sees a finished request counted
        freeSlot();
        cancelPending = true;
        drainCancel();
    }

    @Override
    public boolean discard() {
        return done.compareAndSet(false, true);
    }

    @Override
    public void reportDiscarded() {
        cancelPending = true;
        drainCancel();
    }

    /**
     * Aborting a request that is taking in content can wait for the thread delivering it (52 ms measured for one
     * of a series' requests on a busy machine); the retrieval is already over for its caller, so the abort is
     * left to the client's threads and a series' cancel does not add up such waits.
     */
    private void abortAside(Request r) {
        CancellationException why = new CancellationException("frame retrieval cancelled: " + url);
        try {
            client.getExecutor().execute(() -> r.abort(why));
        } catch (RejectedExecutionException e) {
            r.abort(why);
        }
    }

    private void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
        drainCancel();
    }

    private void drainCancel() {
        while (cancelPending && !lock.isHeldByCurrentThread() && lock.tryLock()) {
            try {
                if (cancelPending) {
                    cancelPending = false;
                    delivery.close();
                    notifyFailure(new TransportException(url, lastStatus, request.stageId(), "cancelled", null,
                            true));
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private void send() {
        if (done.get()) {
            return;
        }
        attempts++;
        Request req = client.newRequest(target).method(HttpMethod.GET).followRedirects(false)
                .idleTimeout(settings.idleTimeoutMillis(), TimeUnit.MILLISECONDS);
        HttpVersion version = target.equals(url) ? ctx.versionFor(target, settings) : ctx.versionFor(target);
        sentVersion = version;
        if (version != null) {
            req.version(version);
        }
        String accept = ladder.current();
        ByteRange range = rangeToAsk();
        // a single-part answer's ranges count frame bytes only; a multipart one's may count its part header
        int shift = range == null || ladder.singlePart() ? 0 : ctx.multipartRangeShift(target, accept);
        ByteRange wire = shifted(range, shift);
        req.headers(h -> {
            if (accept != null) {
                h.put(HttpHeader.ACCEPT, accept);
            }
            if (wire != null) {
                h.put(HttpHeader.RANGE, wire.header());
            }
        });
        ctx.credentials().apply(req, url, target);
        LOG.debug("GET {} range={} attempt={} stage={}", target, wire == null ? "-" : wire.header(), attempts,
                request.stageId());
        inFlight = req;
        // a range from byte 0 gets the part header and is parsed as multipart; a later one is a bare slice
        req.send(new FetchAttempt(owner, accept, range == null ? 0 : range.first(),
                range != null && range.first() > 0 ? shift : 0));
    }

    /**
     * The range on the wire for frame bytes {@code range} where the answer's ranges count a multipart header
     * of {@code shift} bytes: both ends move by it, except a first byte 0, which keeps the header in the
     * answer (so the last frame byte asked still comes, a level end say).
     */
    private static ByteRange shifted(ByteRange range, int shift) {
        if (shift == 0) {
            return range;
        }
        long last = range.last() == ByteRange.TO_END ? ByteRange.TO_END : range.last() + shift;
        return new ByteRange(range.first() == 0 ? 0 : range.first() + shift, last);
    }

    /** The bytes still wanted: from the first byte not yet held to the end asked for. */
    private ByteRange rangeToAsk() {
        long next = delivery.next();
        ByteRange asked = request.range();
        if (rangeDropped) {
            return null;
        }
        if (asked == null) {
            return next == 0 ? null : ByteRange.from(next);
        }
        if (asked.last() != ByteRange.TO_END && next > asked.last()) {
            return ByteRange.from(next);
        }
        return new ByteRange(next, asked.last());
    }

    private void attemptEnded(FetchAttempt a, Result result) {
        locked(() -> {
            try {
                attemptEndedLocked(a, result);
            } catch (ListenerFailure f) {
                // the last bytes, handed over as the response ends
                listenerFailed(a.status(), f);
            }
        });
    }

    private void listenerFailed(int status, ListenerFailure f) {
        LOG.warn("{} of {}", f.getMessage(), target, f.getCause());
        fail(status, f.getMessage(), f.getCause());
    }

    private void attemptEndedLocked(FetchAttempt a, Result result) {
        inFlight = null;
        if (done.get()) {
            return;
        }
        if (a.resendWhole() && !rangeDropped) {
            LOG.debug("206 from {} does not fit the multipart range shift learned for it; asking for the whole frame",
                    target);
            rangeDropped = true;
            send();
            return;
        }
        if (a.bodyFailure() instanceof ListenerFailure f) {
            listenerFailed(a.status(), f);
            return;
        }
        if (a.bodyFailure() != null) {
            fail(a.status(), "unreadable frame body: " + a.bodyFailure().getMessage(), a.bodyFailure());
            return;
        }
        if (result.isFailed()) {
            failedExchange(a, result.getFailure());
            return;
        }
        int status = a.status();
        if (status == 200 || status == 206) {
            finishBody(a);
        } else if (Redirects.isRedirect(status)) {
            redirect(result.getResponse().getHeaders().get(HttpHeader.LOCATION));
        } else if ((status == 400 || status == 406) && ladder.fallBack()) {
            LOG.debug("HTTP {} for Accept at {}; falling back to '{}'", status, target, ladder.current());
            send();
        } else if (status == 500 && ladder.specific() && ladder.fallBack()) {
            // servers answer 500 when they cannot transcode to the syntax asked (Orthanc does): a 500 for a
            // specific syntax is not transient, the next step of the ladder is the remedy
            LOG.debug("HTTP 500 for a specific syntax at {}; falling back to '{}'", target, ladder.current());
            send();
        } else if (status == 416) {
            unsatisfiable(result.getResponse());
        } else if (status >= 500 && retries < settings.maxRetries()) {
            retries++;
            long delay = settings.retryBackoffMillis() << (retries - 1);
            LOG.debug("HTTP {} from {}; retry {} in {} ms", status, target, retries, delay);
            client.getScheduler().schedule(() -> locked(this::send), delay, TimeUnit.MILLISECONDS);
        } else {
            fail(status, "server answered HTTP " + status + reasonOf(result.getResponse()), null);
        }
    }

    private void failedExchange(FetchAttempt a, Throwable cause) {
        if (a.frameBytes() && a.bodyWhole()) {
            // the whole body had come when the connection failed (jetty #15368: HTTP/2 answers dropped on a
            // graceful server close): it is a success
            finishBody(a);
            return;
        }
        if (a.frameBytes()) {
            // cut mid-body: keep what came and ask for the rest; an attempt that brought bytes renews the budget
            long before = a.nextAtStart();
            delivery.endResponse(false);
            if (delivery.next() > before) {
                retries = 0;
            }
            if (retries < settings.maxRetries()) {
                retries++;
                LOG.debug("body from {} cut at frame byte {} ({}); resuming", target, delivery.next(),
                        Failures.brief(cause));
                send();
                return;
            }
            fail(a.status(), "body cut short at frame byte " + delivery.next() + " after " + attempts
                    + " attempts: " + Failures.brief(cause), cause);
            return;
        }
        if (a.status() == 0 && ctx.refusedHttp2(target, sentVersion, cause)) {
            send();
            return;
        }
        if (a.status() == 0 && !staleRetried && Failures.mayBeStaleConnection(cause)) {
            // a keep-alive connection the server closed, or a new one Jetty closed before opening it: Jetty
            // does not retry, an idempotent GET may once (the failed connection is never reused)
            staleRetried = true;
            LOG.debug("no response from {} ({}); retrying once on a fresh connection", target, Failures.brief(cause));
            send();
            return;
        }
        fail(a.status(), Failures.describe(cause), cause);
    }

    private void finishBody(FetchAttempt a) {
        try {
            a.parser().feed(ByteBuffer.allocate(0), true);
        } catch (MalformedBodyException e) {
            fail(a.status(), e.getMessage(), e);
            return;
        }
        if (a.status() == 206 && a.parser() instanceof MultipartRelatedBody m && m.parts() == 0 && !rangeDropped) {
            // a server that applies Range to its multipart body sends, for a range past the part header, a
            // slice with no part in it: ask for the whole frame instead (held bytes are skipped)
            LOG.debug("206 from {} held no part (Content-Range {}); asking for the whole frame", target,
                    a.contentRange());
            rangeDropped = true;
            send();
            return;
        }
        if (delivery.next() == 0 && (a.status() == 200 || a.parser().bodyBytes() == 0)) {
            // an empty answer (or a multipart one with no part) is no frame, whatever its status says
            fail(a.status(), "answer carries no frame bytes (" + a.parser().bodyBytes() + " body bytes, Content-Type '"
                    + a.contentType() + "')", null);
            return;
        }
        learnRangeShift(a);
        boolean frameEnd = a.parser() instanceof SlicedPartBody ? a.parser().framingComplete()
                : FrameEnd.reached(a.status(), a.contentRange(), a.parser(), request.range());
        FrameResponseInfo info = delivery.endResponse(frameEnd);
        succeed(info, frameEnd);
    }

    /** A 206 multipart from byte 0 whose Content-Range counts its part header: later ranges shift by it. */
    private void learnRangeShift(FetchAttempt a) {
        if (a.status() == 206 && a.contentRange() != null && a.contentRange().first() == 0
                && a.parser() instanceof MultipartRelatedBody m && m.bodyBytes() <= a.contentRange().length()) {
            int shift = m.firstPartContentOffset();
            if (shift > 0) {
                LOG.debug("{} counts a {}-byte multipart header into Content-Range", target, shift);
                ctx.learnMultipartRangeShift(target, a.accept(), shift);
            }
        }
    }

    private void unsatisfiable(Response response) {
        String v = response.getHeaders().get(HttpHeader.CONTENT_RANGE);
        long complete = -1;
        try {
            complete = v == null ? -1 : ContentRange.parse(v).complete();
        } catch (IllegalArgumentException e) {
            LOG.debug("416 from {} with unreadable Content-Range: {}", target, e.getMessage());
        }
        if (complete >= 0 && delivery.next() >= complete) {
            delivery.startResponse(416, protocol, null, delivery.next(), -1, complete);
            succeed(delivery.endResponse(true), true);
        } else if (!rangeDropped && delivery.next() == 0) {
            // a server that cannot serve the range may serve the whole frame; bytes held are skipped anyway
            rangeDropped = true;
            send();
        } else {
            ByteRange asked = rangeToAsk();
            fail(416, "server cannot satisfy Range " + (asked == null ? "(none)" : asked.header())
                    + " (Content-Range '" + v + "')", null);
        }
    }

    private void redirect(String location) {
        if (++redirects > Redirects.MAX) {
            fail(lastStatus, "more than " + Redirects.MAX + " redirects, last to " + location, null);
            return;
        }
        try {
            target = Redirects.next(target, location);
        } catch (IllegalArgumentException e) {
            fail(lastStatus, e.getMessage(), e);
            return;
        }
        send();
    }

    private void succeed(FrameResponseInfo info, boolean frameComplete) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        listener.lastByte();
        FrameResult result = new FrameResult(info, delivery.delivered(), frameComplete, metrics());
        freeSlot();
        try {
            listener.onComplete(result);
        } catch (RuntimeException e) {
            LOG.warn("frame listener failed on completion of {}: {}", url, e.toString());
        }
        completion.complete(result);
    }

    private void fail(int status, String reason, Throwable cause) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        delivery.close();
        freeSlot();
        notifyFailure(new TransportException(url, status, request.stageId(), reason, cause));
    }

    private void notifyFailure(TransportException e) {
        try {
            listener.onFailure(e);
        } catch (RuntimeException ex) {
            LOG.warn("frame listener failed on failure of {}: {}", url, ex.toString());
        }
        completion.completeExceptionally(e);
    }

    private void freeSlot() {
        if (slotFreed.compareAndSet(false, true)) {
            ctx.scheduler().finished(url, this);
        }
    }

    private RequestMetrics metrics() {
        long start = startedNanos < 0 ? createdNanos : startedNanos;
        return new RequestMetrics(url, protocol, lastStatus, delivery.delivered(), start - createdNanos,
                listener.firstByteNanos() < 0 ? -1 : listener.firstByteNanos() - start,
                listener.lastByteNanos() < 0 ? -1 : listener.lastByteNanos() - start, attempts);
    }

    private static String reasonOf(Response r) {
        String reason = r.getReason();
        return reason == null || reason.isBlank() ? "" : " " + reason;
    }
}
