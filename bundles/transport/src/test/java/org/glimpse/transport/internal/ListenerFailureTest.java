package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameResponseInfo;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.TransportException;
import org.glimpse.transport.internal.testing.Frames;
import org.glimpse.transport.internal.testing.LoopbackServer;
import org.glimpse.transport.internal.testing.Recorder;
import org.glimpse.transport.internal.testing.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A caller's listener that throws is reported as the caller's fault, not as a body the transport could not read. */
class ListenerFailureTest {

    private final WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void aListenerThatThrowsOnTheBytesFailsTheRetrievalNamingTheListenerAndWhatItThrew() throws Exception {
        byte[] frame = Frames.htj2k(50_000, 1);
        IllegalStateException thrown = new IllegalStateException("array index past the end");
        Recorder r = new Recorder();
        FrameListener throwing = new FrameListener() {
            @Override
            public void onResponse(FrameResponseInfo info) {
                r.onResponse(info);
            }

            @Override
            public void onContent(long offset, ByteBuffer chunk) {
                throw thrown;
            }

            @Override
            public void onComplete(FrameResult result) {
                r.onComplete(result);
            }

            @Override
            public void onFailure(TransportException failure) {
                r.onFailure(failure);
            }
        };
        try (LoopbackServer server = new LoopbackServer((req, resp, cb) -> Frames.send(resp, 200,
                "application/octet-stream; transfer-syntax=" + TransferSyntax.HTJ2K_LOSSLESS_RPCL, frame, cb))) {
            transport.fetch(Requests.frame(server.uri("/wado"), 1, null, TransferSyntax.HTJ2K_LOSSLESS_RPCL), throwing);
            TransportException failure = r.awaitFailure();
            String message = failure.getMessage();
            assertTrue(message.contains("frame listener failed") && message.contains("array index past the end"),
                    "names the listener and what it threw: " + message);
            assertFalse(message.contains("unreadable"), "the body was fine: " + message);
            assertSame(thrown, failure.getCause(), "the listener's exception is the cause");
        }
    }
}
