package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.http.HttpHeader;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.Representation;
import org.junit.jupiter.api.Test;

/** Each fault, asked per request by query parameter or X-Glimpse-Fault header. */
class FaultInjectionTest extends ServerTestBase {

    private static String dxFrame() {
        return frameUrl(catalog.dx(), 0, "frames", "1");
    }

    private static byte[] dxFile() throws IOException {
        return stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1);
    }

    private static Request single(String url) {
        return get(url).headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc"));
    }

    @Test
    void ignoreRangeAnswersTheWholeFrameWith200() throws Exception {
        ContentResponse r = send(single(dxFrame() + "?fault=ignore-range")
                .headers(h -> h.put(HttpHeader.RANGE, "bytes=0-99")));
        assertEquals(200, r.getStatus(), "Range ignored");
        assertNull(r.getHeaders().get(HttpHeader.CONTENT_RANGE), "no Content-Range on a 200");
        assertArrayEquals(dxFile(), r.getContent());
    }

    @Test
    void resetAfterCutsTheConnectionMidBody() throws Exception {
        long limit = 65536;
        AtomicLong received = new AtomicLong();
        Request request = single(dxFrame()).headers(h -> h.put("X-Glimpse-Fault", "reset-after=" + limit))
                .onResponseContent((response, content) -> received.addAndGet(content.remaining()));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> new CompletableResponseListener(request, 4 << 20).send().get(20, TimeUnit.SECONDS),
                "a reset exchange must fail on the client");
        assertTrue(received.get() <= limit, "received " + received.get() + " bytes, at most " + limit + " were sent");
        assertTrue(dxFile().length > limit, "the frame must be longer than the limit or nothing is tested");
        assertFalse(e.getCause() == null, "failure cause");
        assertEquals(200, send(single(dxFrame())).getStatus(), "the server keeps serving after a reset");
    }

    @Test
    void stallHoldsTheBodyLongerThanTheClientsIdleTimeout() throws Exception {
        Request stalled = single(dxFrame() + "?fault=stall=3000").idleTimeout(300, TimeUnit.MILLISECONDS);
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> new CompletableResponseListener(stalled, 4 << 20).send().get(20, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof java.util.concurrent.TimeoutException, "idle timeout, was " + e.getCause());
        ContentResponse patient = send(single(dxFrame() + "?fault=stall=200"));
        assertEquals(200, patient.getStatus(), "a client that waits gets the frame");
        assertArrayEquals(dxFile(), patient.getContent());
    }

    @Test
    void errorAnswersTheStatusAndErrorOnceOnlyTheFirstTime() throws Exception {
        assertEquals(500, send(get("studies?fault=error=500")).getStatus());
        String url = frameUrl(catalog.ct(), 5, "frames", "1") + "?fault=error-once=503";
        ContentResponse first = send(get(url));
        assertEquals(503, first.getStatus(), "first request");
        assertTrue(first.getContentAsString().contains("error-once=503"), first.getContentAsString());
        assertEquals(200, send(get(url)).getStatus(), "second request for the same path");
    }

    @Test
    void mislabelNamesAnotherTransferSyntaxThanThePayload() throws Exception {
        ContentResponse r = send(single(dxFrame() + "?fault=mislabel"));
        assertEquals(200, r.getStatus());
        String type = r.getHeaders().get(HttpHeader.CONTENT_TYPE);
        assertFalse(type.contains("1.2.840.10008.1.2.4.202"), "label must be wrong: " + type);
        byte[] body = r.getContent();
        assertEquals(0xFF4FFF51, ByteBuffer.wrap(body).getInt(), "payload is still the J2K codestream (SOC SIZ)");
    }

    @Test
    void gzipCompressesTheBodyUnasked() throws Exception {
        ContentResponse r = send(single(dxFrame()).headers(h -> h.put("X-Glimpse-Fault", "gzip")));
        assertEquals("gzip", r.getHeaders().get(HttpHeader.CONTENT_ENCODING));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.getContent()))) {
            assertArrayEquals(dxFile(), in.readAllBytes(), "gunzipped body");
        }
    }

    @Test
    void noBoundaryLeavesTheParameterOutButKeepsTheBody() throws Exception {
        ContentResponse r = send(get(dxFrame() + "?fault=no-boundary"));
        String type = r.getHeaders().get(HttpHeader.CONTENT_TYPE);
        assertTrue(type.startsWith("multipart/related") && !type.contains("boundary"), type);
        String firstLine = new String(r.getContent(), 0, 60, StandardCharsets.ISO_8859_1).lines().findFirst()
                .orElseThrow();
        assertTrue(firstLine.startsWith("--glimpse-"), "body still opens with its boundary: " + firstLine);
        byte[] file = dxFile();
        assertEquals(1, parts("multipart/related; boundary=" + firstLine.substring(2), r.getContent()).size());
        assertArrayEquals(file, parts("multipart/related; boundary=" + firstLine.substring(2), r.getContent()).get(0)
                .content());
    }

    @Test
    void padByteAppendsOneZero() throws Exception {
        ContentResponse r = send(single(dxFrame() + "?fault=pad-byte"));
        byte[] file = dxFile();
        byte[] body = r.getContent();
        assertEquals(file.length + 1, body.length, "one byte longer");
        assertEquals(0, body[body.length - 1], "the pad byte is 0x00");
        assertArrayEquals(file, Arrays.copyOf(body, file.length));
    }

    @Test
    void accept400AnswersBadRequestInsteadOf406() throws Exception {
        ContentResponse r = send(get(dxFrame() + "?fault=accept-400")
                .headers(h -> h.put(HttpHeader.ACCEPT, "image/gif")));
        assertEquals(400, r.getStatus());
    }

    @Test
    void tsInTypePutsTheTransferSyntaxInsideTheQuotedType() throws Exception {
        ContentResponse r = send(get(dxFrame() + "?fault=ts-in-type"));
        String type = r.getHeaders().get(HttpHeader.CONTENT_TYPE);
        assertTrue(type.contains("type=\"application/octet-stream; transfer-syntax=1.2.840.10008.1.2.4.202\""), type);
    }

    @Test
    void noLengthStreamsWithoutContentLength() throws Exception {
        ContentResponse r = send(single(dxFrame() + "?fault=no-length"));
        assertNull(r.getHeaders().get(HttpHeader.CONTENT_LENGTH), "no Content-Length");
        assertArrayEquals(dxFile(), r.getContent());
    }

    @Test
    void eofBodyEndsAMultiFrameAnswerByClosingTheConnection() throws Exception {
        CatalogSeries cine = catalog.multiFrame();
        String answer = raw("GET /dicomweb/" + frameUrl(cine, 0, "frames", "1,2") + "?fault=eof-body HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n\r\n");
        int split = answer.indexOf("\r\n\r\n");
        String head = answer.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        assertFalse(head.contains("content-length") || head.contains("transfer-encoding"), head);
        assertTrue(head.contains("connection: close"), head);
        String type = head.lines().filter(l -> l.startsWith("content-type:")).findFirst().orElseThrow();
        byte[] body = answer.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1);
        var parts = parts(type.substring("content-type:".length()).trim(), body);
        assertEquals(2, parts.size(), "both frames before EOF");
        assertArrayEquals(stored(cine, 0, Representation.HTJ2K_TILED, 2), parts.get(1).content(), "frame 2");
    }

    @Test
    void idleCloseShutsAKeptAliveConnectionAfterASecond() throws Exception {
        CatalogSeries ct = catalog.ct();
        String target = "/dicomweb/" + ct.instancePath(0) + "/levels?fault=idle-close";
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            // Reads the response, then blocks until the server closes the idle connection (or 10 s pass).
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
            }
            String text = all.toString(StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("HTTP/1.1 200"), text.lines().findFirst().orElse(""));
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("connection: close"),
                    "the response itself keeps the connection alive");
        }
    }

    @Test
    void runWideFaultsApplyWithoutAskingPerRequest() throws Exception {
        try (ReferenceServer faulty = ReferenceServer.start(ServerOptions.of(TestData.ROOT, null)
                .withFaults("ignore-range,pad-byte"))) {
            ContentResponse r = client.newRequest(faulty.wadoRoot() + "/" + dxFrame())
                    .headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc").put(HttpHeader.RANGE, "bytes=0-9"))
                    .timeout(20, TimeUnit.SECONDS).send();
            assertEquals(200, r.getStatus(), "run-wide ignore-range");
            assertEquals(dxFile().length + 1, r.getContent().length, "run-wide pad-byte");
        }
    }

    @Test
    void badFaultOrProfileIs400NamingIt() throws Exception {
        ContentResponse fault = send(get("studies?fault=meltdown"));
        assertEquals(400, fault.getStatus());
        assertTrue(fault.getContentAsString().contains("meltdown"), fault.getContentAsString());
        ContentResponse profile = send(get("studies").headers(h -> h.put("X-Glimpse-Profile", "6g")));
        assertEquals(400, profile.getStatus());
        assertTrue(profile.getContentAsString().contains("6g"), profile.getContentAsString());
    }

    @Test
    void throttledProfileDeliversTheWholeFrameAndIsLogged() throws Exception {
        byte[] thumb = stored(catalog.dx(), 0, Representation.JLS_THUMBNAIL, 1);
        ContentResponse r = send(get(frameUrl(catalog.dx(), 0, "jlsThumbnail", "1") + "?profile=custom:50:5")
                .headers(h -> h.put(HttpHeader.ACCEPT, "image/jls")));
        assertArrayEquals(thumb, r.getContent(), "paced body is complete and unchanged");
        String line = null;
        for (int attempt = 0; attempt < 100 && line == null; attempt++) {
            line = java.nio.file.Files.readAllLines(requestLog).stream()
                    .filter(l -> l.contains("profile=custom:50:5")).findFirst().orElse(null);
            if (line == null) {
                Thread.sleep(50);
            }
        }
        assertTrue(line != null && line.contains("\tcustom:50:5\t"), "log line names the profile: " + line);
    }

    @SuppressWarnings("unused")
    private static Result unused;
}
