package org.glimpse.loader.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What stood between a frame's load request and its final image, in milliseconds from the load request: each of
 * its requests (handed to the transport, response head, first and last byte), the moment its last byte landed,
 * its whole decode asked for, waited, decoded and handed over, and the intermediate decodes of its prefixes
 * (their level, when asked, waited, decoded, whether shown or taken back), so that a final image held back by an
 * intermediate decode, a request's wait or a receive can be read from a workstation's log at DEBUG
 * ({@code ./glimpse bench load} prints it under each row, beside {@link FirstImageTrace}'s). Records nothing unless
 * DEBUG is on. Guarded by the load's lock.
 */
final class FinalImageTrace {

    private static final Logger LOG = LoggerFactory.getLogger(FinalImageTrace.class);

    private final boolean enabled = LOG.isDebugEnabled();
    /** Each request's account, in the order they were sent (a range asked ahead overlaps the one before). */
    private final List<StringBuilder> requests = new ArrayList<>();
    private final StringBuilder intermediates = new StringBuilder();
    private long lastByte = -1;
    private long wholeAsked = -1;

    /**
     * A request went to the transport at {@code nanos} for {@code range} (RFC 9110 form, or "whole").
     *
     * @return the request's number in this trace, for {@link #response} and {@link #ended}
     */
    int requested(long nanos, String range) {
        if (enabled) {
            requests.add(new StringBuilder(range).append(" sent ").append(ms(nanos)));
        }
        return requests.size() - 1;
    }

    void response(int request, long nanos) {
        if (enabled && request >= 0) {
            requests.get(request).append(", head ").append(ms(nanos));
        }
    }

    /** The request's bytes ended at {@code nanos} with {@code held} bytes of the frame held. */
    void ended(int request, long nanos, long held) {
        if (enabled && request >= 0) {
            requests.get(request).append(", end ").append(ms(nanos)).append(" (").append(held).append(" B)");
        }
    }

    /** Every byte of the frame is held. */
    void lastByte(long nanos) {
        lastByte = lastByte < 0 ? nanos : lastByte;
    }

    void wholeAsked(long nanos) {
        wholeAsked = wholeAsked < 0 ? nanos : wholeAsked;
    }

    /** A prefix decode at {@code reduce} asked at {@code asked} returned at {@code now} (null times: taken back). */
    void prefixReturned(int reduce, long asked, DecodeTimes times, long now, boolean shown) {
        if (!enabled) {
            return;
        }
        intermediates.append(intermediates.length() == 0 ? "" : "; ").append("reduce ").append(reduce)
                .append(" asked ").append(ms(asked));
        if (times == null) {
            intermediates.append(", taken back ").append(ms(now));
        } else {
            intermediates.append(String.format(Locale.ROOT, ", waited %.2f, decoded %.2f, returned %s%s",
                    times.queueMillis(), times.decodeMillis(), ms(now), shown ? "" : " (not shown)"));
        }
    }

    /** The frame's final image was handed over at {@code handed}; logs the account once. */
    void handed(Object frame, long handed, DecodeTimes times, long bytes) {
        if (!enabled) {
            return;
        }
        LOG.debug(String.format(Locale.ROOT, "final image of %s from %d bytes: requests [%s], last byte %s, final "
                + "decode asked %s, waited %.2f, decoded %.2f, handed %s; intermediate decodes [%s]", frame, bytes,
                String.join("; ", requests), ms(lastByte), ms(wholeAsked), times.queueMillis(), times.decodeMillis(), ms(handed),
                intermediates));
    }

    private static String ms(long nanos) {
        return nanos < 0 ? "–" : String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
