package org.glimpse.transport.internal.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.ByteArrayEndPoint;
import org.junit.jupiter.api.Test;

class FailuresTest {

    /** What Jetty throws when a connection's endpoint closed (idle timeout) before the connection opened. */
    private static IllegalStateException closedBeforeOpen() {
        ByteArrayEndPoint endPoint = new ByteArrayEndPoint();
        endPoint.close();
        return assertThrows(IllegalStateException.class, endPoint::onOpen);
    }

    @Test
    void aConnectionClosedBeforeItOpenedIsRetriedAndNamed() {
        Exception wrapped = new java.io.IOException("wrapped", closedBeforeOpen());
        assertTrue(Failures.mayBeStaleConnection(wrapped));
        assertEquals("connection closed before it opened (timed out while it was set up)", Failures.describe(wrapped));
        assertEquals("connection closed before it opened", Failures.brief(wrapped));
    }

    @Test
    void anotherIllegalStateIsNeitherRetriedNorRenamed() {
        IllegalStateException other = new IllegalStateException("other");
        assertFalse(Failures.mayBeStaleConnection(other));
        assertEquals("request failed: IllegalStateException: other", Failures.describe(other));
    }

    @Test
    void aTimeoutIsNotRetriedAsStale() {
        assertFalse(Failures.mayBeStaleConnection(new TimeoutException("Idle timeout expired: 300/300 ms")));
    }
}
