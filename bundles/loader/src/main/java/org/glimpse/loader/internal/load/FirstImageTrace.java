package org.glimpse.loader.internal.load;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each step towards a frame's first image of its own happened, in nanoseconds from the load request: its
 * first request handed to the transport and the transport's call returning (the request written, when a slot was
 * free), the response's head and first bytes as the loader got them, its first
 * decode asked for, and (from the decode's times) started and done, then the hand-over. Logged at DEBUG once the
 * image is handed over, so that what stands between the load request and the first image can be read from a
 * workstation's log ({@code ./glimpse bench load} prints it under each row). Guarded by the load's lock.
 */
final class FirstImageTrace {

    private static final Logger LOG = LoggerFactory.getLogger(FirstImageTrace.class);

    private long requested = -1;
    private long sent = -1;
    private long response = -1;
    private long content = -1;
    private long decodeAsked = -1;
    private boolean logged;

    void requested(long nanos) {
        requested = requested < 0 ? nanos : requested;
    }

    /** The transport's fetch returned: a request started at once is on the wire (Jetty writes it in that call). */
    void sent(long nanos) {
        sent = sent < 0 ? nanos : sent;
    }

    void response(long nanos) {
        response = response < 0 ? nanos : response;
    }

    void content(long nanos) {
        content = content < 0 ? nanos : content;
    }

    void decodeAsked(long nanos) {
        decodeAsked = decodeAsked < 0 ? nanos : decodeAsked;
    }

    /** The frame's first image of its own was handed over at {@code handed}; logs the chain once. */
    void handed(Object frame, long handed, DecodeTimes times, long bytes) {
        if (logged || !LOG.isDebugEnabled()) {
            return;
        }
        logged = true;
        LOG.debug(String.format(Locale.ROOT, "first image of %s from %d bytes: request %.2f ms, sent %.2f, response "
                + "head %.2f, first bytes %.2f, decode asked %.2f, waited %.2f, decoded %.2f, handed %.2f", frame, bytes,
                ms(requested), ms(sent), ms(response), ms(content), ms(decodeAsked), times.queueMillis(),
                times.decodeMillis(), ms(handed)));
    }

    private static double ms(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }
}
