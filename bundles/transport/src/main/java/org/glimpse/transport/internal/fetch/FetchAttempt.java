package org.glimpse.transport.internal.fetch;

import java.nio.ByteBuffer;
import java.util.concurrent.CancellationException;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The Jetty listener of one attempt of a frame retrieval: reads the response head (status, Content-Type,
 * Content-Range, Content-Length), picks the body parser and feeds it as content arrives. Every call runs
 * under the retrieval's lock; what to do when the attempt ends is the retrieval's decision.
 */
final class FetchAttempt implements Response.Listener {

    /** What an attempt needs from its retrieval. */
    interface Owner {
        /** Runs {@code action} under the retrieval's lock. */
        void locked(Runnable action);

        /** Whether the retrieval has ended (completed, failed or cancelled). */
        boolean done();

        /** A response head came: its status and protocol. */
        void headSeen(int status, String protocol);

        FrameDelivery delivery();

        void ended(FetchAttempt attempt, Result result);
    }

    private final Owner owner;
    private final String accept;
    private final long rangeFirst;
    private final int shift;
    private final long nextAtStart;
    private boolean resendWhole;
    private int status;
    private boolean frameBytes;
    private BodyParser parser;
    private ContentRange contentRange;
    private String contentType;
    private long bodyLength = -1;
    private Exception bodyFailure;

    /**
     * @param accept the Accept header sent (null for none)
     * @param rangeFirst the frame offset asked for (where a 206 without Content-Range starts)
     * @param shift the multipart header length added to the asked range when the answer is a bare slice of
     *        part content, 0 when none
     */
    FetchAttempt(Owner owner, String accept, long rangeFirst, int shift) {
        this.owner = owner;
        this.accept = accept;
        this.rangeFirst = rangeFirst;
        this.shift = shift;
        this.nextAtStart = owner.delivery().next();
    }

    @Override
    public void onHeaders(Response response) {
        owner.locked(() -> headers(response));
    }

    private void headers(Response response) {
        status = response.getStatus();
        owner.headSeen(status, response.getVersion().asString());
        if (owner.done() || (status != 200 && status != 206)) {
            return;
        }
        try {
            begin(response, response.getVersion().asString());
        } catch (RuntimeException e) {
            bodyFailure = e;
            response.abort(e);
        }
    }

    private void begin(Response response, String protocol) {
        String type = response.getHeaders().get(HttpHeader.CONTENT_TYPE);
        contentType = type;
        PartMediaType media = PartMediaType.parse(type);
        boolean encoded = response.getHeaders().get(HttpHeader.CONTENT_ENCODING) != null;
        long start = 0;
        long end = -1;
        long frameLength = -1;
        if (status == 206) {
            String v = response.getHeaders().get(HttpHeader.CONTENT_RANGE);
            if (v != null) {
                contentRange = ContentRange.parse(v);
                if (contentRange.unsatisfied()) {
                    throw new IllegalArgumentException("206 with an unsatisfied Content-Range '" + v + "'");
                }
                start = contentRange.first();
                end = contentRange.last() + 1;
                frameLength = media.multipart() ? -1 : contentRange.complete();
            } else {
                start = rangeFirst;
            }
        } else if (!media.multipart() && !encoded) {
            frameLength = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        }
        if (!encoded) {
            bodyLength = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        }
        FrameDelivery delivery = owner.delivery();
        if (shift > 0 && status == 206) {
            beginSlice(response, protocol, type, media);
            return;
        }
        delivery.startResponse(status, protocol, type, start, end, frameLength);
        parser = media.multipart() ? new MultipartRelatedBody(delivery, type, media.boundary())
                : new SinglePartBody(delivery, type);
        frameBytes = true;
    }

    /** A range asked with the learned shift: the body is a slice of the multipart body. */
    private void beginSlice(Response response, String protocol, String type, PartMediaType media) {
        if (!media.multipart() || media.boundary() == null || contentRange == null) {
            resendWhole = true;
            response.abort(new CancellationException("answer does not fit the learned range shift"));
            return;
        }
        owner.delivery().startResponse(status, protocol, type, contentRange.first() - shift, -1, -1);
        parser = new SlicedPartBody(owner.delivery(), type, media.boundary());
        frameBytes = true;
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
        owner.locked(() -> content(response, content));
    }

    private void content(Response response, ByteBuffer content) {
        if (!frameBytes || owner.done()) {
            return;
        }
        try {
            parser.feed(content, false);
        } catch (MalformedBodyException | RuntimeException e) {
            bodyFailure = e;
            frameBytes = false;
            response.abort(e);
        }
    }

    @Override
    public void onComplete(Result result) {
        owner.ended(this, result);
    }

    /** Whether the body's own framing says it all came: a close delimiter, or Content-Length reached. */
    boolean bodyWhole() {
        if (parser instanceof MultipartRelatedBody) {
            return parser.framingComplete();
        }
        return bodyLength >= 0 && parser.bodyBytes() >= bodyLength;
    }

    /** The Accept header this attempt sent, or null. */
    String accept() {
        return accept;
    }

    /** HTTP status, 0 before a response head. */
    int status() {
        return status;
    }

    /** Whether frame bytes were being read (a 200/206 head was accepted and no body error occurred). */
    boolean frameBytes() {
        return frameBytes;
    }

    BodyParser parser() {
        return parser;
    }

    ContentRange contentRange() {
        return contentRange;
    }

    String contentType() {
        return contentType;
    }

    /** Why the body could not be read, or null. */
    Exception bodyFailure() {
        return bodyFailure;
    }

    /** Whether the answer did not fit the learned range shift and the whole frame must be asked. */
    boolean resendWhole() {
        return resendWhole;
    }

    /** The frame offset held when this attempt began. */
    long nextAtStart() {
        return nextAtStart;
    }
}
