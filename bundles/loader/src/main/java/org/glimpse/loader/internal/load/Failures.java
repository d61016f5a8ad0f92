package org.glimpse.loader.internal.load;

import java.util.concurrent.CompletionException;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameFailure.Where;
import org.glimpse.api.transport.TransportException;

/** Exceptions of the transport and the codecs as typed failures a host can act on. */
final class Failures {

    private Failures() {
    }

    static FrameFailure transport(TransportException e, String stageId) {
        int status = e.status();
        String kind = e.cancelled() ? "CANCELLED" : status >= 400 ? "HTTP_STATUS"
                : status == 0 ? "CONNECTION" : "MALFORMED_RESPONSE";
        boolean retryable = status == 0 || status >= 500 || status == 429 || status == 408;
        return new FrameFailure(Where.TRANSPORT, kind, status >= 100 && status <= 599 ? status : 0, stageId, retryable,
                e.getMessage());
    }

    static FrameFailure codec(DecodeException e, String stageId) {
        DecodeException.Kind k = e.kind();
        boolean retryable = k == DecodeException.Kind.TIMEOUT || k == DecodeException.Kind.CRASHED;
        return new FrameFailure(Where.CODEC, k.name(), 0, stageId, retryable, e.getMessage());
    }

    static FrameFailure configuration(String message) {
        return new FrameFailure(Where.CONFIGURATION, "INVALID", 0, null, false, message);
    }

    /** A load that could not begin (its plan, its slabs or the host's {@code seriesAdded} threw). */
    static FrameFailure start(RuntimeException e, Object series) {
        return new FrameFailure(Where.CONFIGURATION, "START_FAILED", 0, null, false, "the load of " + series
                + " could not begin: " + e);
    }

    /** The failure of reading metadata: the transport's when it is one, else the throwable's message. */
    static FrameFailure metadata(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (c instanceof TransportException te) {
            return transport(te, "metadata");
        }
        return new FrameFailure(Where.TRANSPORT, "MALFORMED_RESPONSE", 0, "metadata", false, String.valueOf(c));
    }
}
