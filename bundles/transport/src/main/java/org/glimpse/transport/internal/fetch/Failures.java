package org.glimpse.transport.internal.fetch;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Classifies I/O failures: which may be a stale keep-alive connection, and how to say what happened. */
final class Failures {

    private Failures() {
    }

    /** A server that closed an idle connection surfaces as EOF or a closed channel before any response. */
    static boolean mayBeStaleConnection(Throwable t) {
        if (closedBeforeOpen(t)) {
            return true;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SSLException || c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof TimeoutException) {
                return false;
            }
            if (c instanceof EOFException || c instanceof ClosedChannelException
                    || (c instanceof java.io.IOException && String.valueOf(c.getMessage()).contains("reset"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Jetty closed a new connection before opening it: its endpoint's idle timeout runs from the socket's
     * creation, and on a loaded machine setting the connection up can outlast it. Jetty reports this as a bare
     * IllegalStateException from the endpoint's open; no request was sent on that connection.
     */
    static boolean closedBeforeOpen(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            StackTraceElement[] at = c.getStackTrace();
            if (c instanceof IllegalStateException && at.length > 0 && "onOpen".equals(at[0].getMethodName())
                    && at[0].getClassName().startsWith("org.eclipse.jetty.io.")) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable t) {
        if (closedBeforeOpen(t)) {
            return "connection closed before it opened (timed out while it was set up)";
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SSLHandshakeException) {
                return "TLS handshake failed (certificate not trusted or wrong host name): " + c.getMessage();
            }
            if (c instanceof ConnectException) {
                return "cannot connect: " + c.getMessage();
            }
            if (c instanceof TimeoutException) {
                return "timed out: " + c.getMessage();
            }
        }
        return "request failed: " + brief(t);
    }

    /** The failure's type and the start of its message: Jetty's messages carry whole connection dumps. */
    static String brief(Throwable t) {
        if (closedBeforeOpen(t)) {
            return "connection closed before it opened";
        }
        String m = String.valueOf(t.getMessage());
        return t.getClass().getSimpleName() + (m.length() > 160 ? ": " + m.substring(0, 160) + "…" : ": " + m);
    }
}
