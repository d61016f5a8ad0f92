package org.glimpse.transport.internal.http;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP/2 by prior knowledge (h2c) to {@code http://} origins, with HTTP/1.1 for an origin that refuses it. A
 * server without HTTP/2 answers the connection preface with an HTTP/1.1 error or closes the connection, so a
 * request that fails before any response head, on an origin that never answered over h2c, is taken for a
 * refusal: the origin is spoken to in HTTP/1.1 from then on, and the request is sent again. An origin that
 * answered once over h2c keeps it (a later failure there is a failure, not a refusal).
 */
public final class CleartextHttp2 {

    private static final Logger LOG = LoggerFactory.getLogger(CleartextHttp2.class);

    private final Set<Origin> refused = ConcurrentHashMap.newKeySet();
    private final Set<Origin> answered = ConcurrentHashMap.newKeySet();

    /** Whether a request to {@code target} goes out as h2c, given whether its site wants h2c. */
    public boolean use(URI target, boolean wanted) {
        return wanted && "http".equalsIgnoreCase(target.getScheme()) && !refused.contains(Origin.of(target));
    }

    /** A response head came over h2c from the origin of {@code target}: it speaks h2c. */
    public void answered(URI target) {
        answered.add(Origin.of(target));
    }

    /**
     * An h2c request to {@code target} failed before any response head: true when this is the origin refusing
     * h2c (the caller then sends it again, in HTTP/1.1); false for a failure to connect at all, or on an origin
     * that has answered over h2c before.
     */
    public boolean refusedBy(URI target, Throwable failure) {
        Origin o = Origin.of(target);
        if (answered.contains(o) || unreachable(failure)) {
            return false;
        }
        if (refused.add(o)) {
            LOG.info("{} does not speak HTTP/2 by prior knowledge ({}): HTTP/1.1 from now on", o, failure.toString());
        }
        return true;
    }

    private static boolean unreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
