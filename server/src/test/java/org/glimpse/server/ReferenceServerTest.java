package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.Representation;
import org.junit.jupiter.api.Test;

class ReferenceServerTest extends ServerTestBase {
    private static final String HTJ2K = "1.2.840.10008.1.2.4.202";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void wadoRootIsLoopbackWithTheDicomwebPath() {
        assertEquals("http://127.0.0.1:" + server.port() + "/dicomweb", server.wadoRoot().toString());
        assertTrue(server.port() > 0, "ephemeral port was assigned");
    }

    @Test
    void studiesAndSeriesListsNameTheCatalogUids() throws Exception {
        JsonNode studies = json.readTree(send(get("studies")).getContent());
        assertEquals(catalog.series().size(), studies.size(), "one study per sample series");
        CatalogSeries ct = catalog.ct();
        JsonNode series = json.readTree(send(get("studies/" + ct.studyInstanceUid() + "/series")).getContent());
        assertEquals(ct.seriesInstanceUid(), series.at("/0/0020000E/Value/0").asText(), "series UID of the CT study");
        JsonNode instances = json.readTree(send(get(ct.path() + "/instances")).getContent());
        assertEquals(ct.instances().size(), instances.size(), "instances of the CT series");
        JsonNode study = json.readTree(send(get("studies/" + ct.studyInstanceUid() + "/metadata")).getContent());
        assertEquals(ct.instances().size(), study.size(), "study metadata lists every CT instance");
        assertEquals(ct.instances().get(0).sopInstanceUid(), study.at("/0/00080018/Value/0").asText());
    }

    @Test
    void metadataBulkDataUriPointsAtThisServer() throws Exception {
        ContentResponse r = send(get(catalog.dx().path() + "/metadata"));
        assertEquals(200, r.getStatus());
        assertEquals("application/dicom+json", r.getHeaders().get(HttpHeader.CONTENT_TYPE));
        JsonNode instance = json.readTree(r.getContent()).get(0);
        String bulk = instance.at("/7FE00010/BulkDataURI").asText();
        assertTrue(bulk.startsWith(server.wadoRoot() + "/studies/"), "BulkDataURI " + bulk);
        assertEquals(HTJ2K, instance.at("/00020010/Value/0").asText(), "stored transfer syntax");
    }

    @Test
    void defaultFrameAnswerIsMultipartWithTheStoredHtj2k() throws Exception {
        ContentResponse r = send(get(frameUrl(catalog.dx(), 0, "frames", "1")));
        assertEquals(200, r.getStatus());
        String type = r.getHeaders().get(HttpHeader.CONTENT_TYPE);
        assertTrue(type.startsWith("multipart/related; type=\"application/octet-stream\"; transfer-syntax=" + HTJ2K),
                type);
        List<Part> parts = parts(type, r.getContent());
        assertEquals(1, parts.size(), "one frame, one part");
        assertEquals("application/octet-stream; transfer-syntax=" + HTJ2K, parts.get(0).contentType());
        assertArrayEquals(stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1), parts.get(0).content(),
                "part bytes are the stored tile-part form");
        assertEquals("bytes", r.getHeaders().get(HttpHeader.ACCEPT_RANGES));
    }

    @Test
    void everyRangeFormReturnsTheMatchingSlice() throws Exception {
        byte[] file = stored(catalog.ct(), 1, Representation.HTJ2K_TILED, 1);
        int n = file.length;
        String[][] cases = {{"bytes=0-999", "0", "999"}, {"bytes=100-", "100", "" + (n - 1)},
            {"bytes=-500", "" + (n - 500), "" + (n - 1)}, {"bytes=10-" + (n + 1000), "10", "" + (n - 1)}};
        for (String[] c : cases) {
            ContentResponse r = send(get(frameUrl(catalog.ct(), 1, "frames", "1"))
                    .headers(h -> h.put(HttpHeader.RANGE, c[0]).put(HttpHeader.ACCEPT, "application/octet-stream")));
            int first = Integer.parseInt(c[1]);
            int last = Integer.parseInt(c[2]);
            assertEquals(206, r.getStatus(), c[0]);
            assertEquals("bytes " + first + "-" + last + "/" + n, r.getHeaders().get(HttpHeader.CONTENT_RANGE), c[0]);
            assertArrayEquals(Arrays.copyOfRange(file, first, last + 1), r.getContent(), "body of " + c[0]);
        }
    }

    @Test
    void unsatisfiableRangeIs416WithTheLength() throws Exception {
        long n = send(get(frameUrl(catalog.ct(), 0, "frames", "1"))).getContent().length;
        ContentResponse r = send(get(frameUrl(catalog.ct(), 0, "frames", "1"))
                .headers(h -> h.put(HttpHeader.RANGE, "bytes=" + n + "-")));
        assertEquals(416, r.getStatus());
        assertEquals("bytes */" + n, r.getHeaders().get(HttpHeader.CONTENT_RANGE));
    }

    @Test
    void malformedRangeIs400NamingTheHeader() throws Exception {
        ContentResponse r = send(get(frameUrl(catalog.ct(), 0, "frames", "1"))
                .headers(h -> h.put(HttpHeader.RANGE, "bytes=x-y")));
        assertEquals(400, r.getStatus());
        assertTrue(r.getContentAsString().contains("bytes=x-y"), r.getContentAsString());
    }

    @Test
    void ifRangeHonoursTheRangeOnlyForTheCurrentEtag() throws Exception {
        String url = frameUrl(catalog.dx(), 0, "frames", "1");
        ContentResponse whole = send(get(url).headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc")));
        String etag = whole.getHeaders().get(HttpHeader.ETAG);
        assertNotNull(etag, "frames carry a strong ETag");
        assertFalse(etag.startsWith("W/"), "ETag must be strong: " + etag);
        ContentResponse same = send(get(url).headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc")
                .put(HttpHeader.RANGE, "bytes=0-99").put(HttpHeader.IF_RANGE, etag)));
        assertEquals(206, same.getStatus(), "If-Range with the current ETag");
        ContentResponse changed = send(get(url).headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc")
                .put(HttpHeader.RANGE, "bytes=0-99").put(HttpHeader.IF_RANGE, "\"another\"")));
        assertEquals(200, changed.getStatus(), "If-Range with another ETag answers the whole frame");
        assertEquals(whole.getContent().length, changed.getContent().length);
    }

    @Test
    void acceptPicksEachStoredSyntaxAndQueryArgumentOverridesTheHeader() throws Exception {
        String url = frameUrl(catalog.dx(), 0, "frames", "1");
        Object[][] cases = {
            {"application/octet-stream; transfer-syntax=1.2.840.10008.1.2.4.90", Representation.J2K},
            {"application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", Representation.RAW},
            {"image/jls", Representation.JLS}, {"image/jphc", Representation.HTJ2K_TILED}};
        for (Object[] c : cases) {
            ContentResponse r = send(get(url).headers(h -> h.put(HttpHeader.ACCEPT, (String) c[0])));
            assertEquals(200, r.getStatus(), c[0] + ": " + r.getContentAsString());
            Representation rep = (Representation) c[1];
            assertTrue(r.getHeaders().get(HttpHeader.CONTENT_TYPE).contains("transfer-syntax=" + rep.transferSyntax()),
                    c[0] + " -> " + r.getHeaders().get(HttpHeader.CONTENT_TYPE));
            assertArrayEquals(stored(catalog.dx(), 0, rep, 1), r.getContent(), "body for " + c[0]);
        }
        ContentResponse query = send(get(url + "?accept=image/jls")
                .headers(h -> h.put(HttpHeader.ACCEPT, "image/png")));
        assertEquals(200, query.getStatus(), "?accept= wins over the header");
        assertArrayEquals(stored(catalog.dx(), 0, Representation.JLS, 1), query.getContent());
    }

    @Test
    void unacceptableMediaTypeIs406WithAReason() throws Exception {
        ContentResponse r = send(get(frameUrl(catalog.dx(), 0, "frames", "1"))
                .headers(h -> h.put(HttpHeader.ACCEPT, "image/jpeg")));
        assertEquals(406, r.getStatus());
        assertTrue(r.getContentAsString().contains("image/jpeg") && r.getContentAsString().contains(HTJ2K),
                r.getContentAsString());
    }

    @Test
    void alternatesServeTheirForms() throws Exception {
        CatalogSeries dx = catalog.dx();
        Object[][] cases = {{"htj2k", Representation.HTJ2K_SINGLE}, {"jls", Representation.JLS},
            {"jlsThumbnail", Representation.JLS_THUMBNAIL}};
        for (Object[] c : cases) {
            ContentResponse r = send(get(frameUrl(dx, 0, (String) c[0], "1"))
                    .headers(h -> h.put(HttpHeader.ACCEPT, "application/octet-stream; transfer-syntax=*")));
            assertEquals(200, r.getStatus(), c[0] + ": " + r.getContentAsString());
            assertArrayEquals(stored(dx, 0, (Representation) c[1], 1), r.getContent(), "/" + c[0] + "/ body");
        }
        ContentResponse none = send(get(frameUrl(catalog.uncompressed(), 0, "jls", "1")));
        assertEquals(404, none.getStatus(), "the uncompressed instance has no /jls/");
    }

    @Test
    void uncompressedInstanceAnswersNativePixelsByDefault() throws Exception {
        ContentResponse r = send(get(frameUrl(catalog.uncompressed(), 0, "frames", "1"))
                .headers(h -> h.put(HttpHeader.ACCEPT, "application/octet-stream")));
        assertEquals(200, r.getStatus());
        int size = catalog.uncompressed().instances().get(0).rows();
        assertEquals(2 * size * size, r.getContent().length, "rows x columns x 2 bytes");
    }

    @Test
    void commaListOfFramesGivesOnePartPerFrameInOrder() throws Exception {
        CatalogSeries cine = catalog.multiFrame();
        ContentResponse r = send(get(frameUrl(cine, 0, "frames", "3,1,2")));
        assertEquals(200, r.getStatus());
        List<Part> parts = parts(r.getHeaders().get(HttpHeader.CONTENT_TYPE), r.getContent());
        assertEquals(3, parts.size(), "three frames asked");
        int[] order = {3, 1, 2};
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(stored(cine, 0, Representation.HTJ2K_TILED, order[i]), parts.get(i).content(),
                    "part " + i + " is frame " + order[i]);
        }
        ContentResponse single = send(get(frameUrl(cine, 0, "frames", "1,2"))
                .headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc")));
        assertEquals(406, single.getStatus(), "two frames cannot be single part");
        assertEquals(404, send(get(frameUrl(cine, 0, "frames", "99"))).getStatus(), "frame 99 does not exist");
    }

    @Test
    void unknownAndMalformedIdentifiersAreClientErrors() throws Exception {
        CatalogSeries dx = catalog.dx();
        assertEquals(404, send(get("studies/1.2.3/series/4.5.6/metadata")).getStatus(), "unknown UIDs");
        ContentResponse bad = send(get("studies/abc/series"));
        assertEquals(400, bad.getStatus());
        assertTrue(bad.getContentAsString().contains("'abc'"), bad.getContentAsString());
        assertEquals(400, send(get(frameUrl(dx, 0, "frames", "0"))).getStatus(), "frame numbers start at 1");
        assertEquals(404, send(get(dx.instancePath(0) + "/pixels/1")).getStatus(), "unknown frame resource");
        assertEquals(404, send(client.newRequest(server.wadoRoot().resolve("/other"))).getStatus(), "outside root");
    }

    @Test
    void traversalAttemptsNeverLeaveTheDataTree() throws Exception {
        String[] targets = {"/dicomweb/studies/../../catalog.json", "/dicomweb/studies/%2e%2e/%2e%2e/catalog.json",
            "/dicomweb/studies/..%2f..%2fcatalog.json", "/dicomweb/%2e%2e%2f%2e%2e%2fcatalog.json",
            "/dicomweb/studies/..\\..\\catalog.json", "/dicomweb/studies/%252e%252e/series"};
        for (String target : targets) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String status = answer.substring(9, 12);
            assertTrue(status.equals("400") || status.equals("404"), target + " answered " + answer.lines()
                    .findFirst().orElse(""));
            assertFalse(answer.contains("\"format\""), target + " leaked the catalog");
        }
        assertEquals(200, send(get("studies")).getStatus(), "the server keeps serving after bad input");
    }

    @Test
    void garbageRequestsGetClientErrorsAndTheServerKeepsServing() throws Exception {
        String longUid = "1." + "2".repeat(70);
        String[] requests = {"GARBAGE\r\n\r\n", "GET / HTTP/9.9\r\n\r\n",
            "GET /dicomweb/studies/" + longUid + "/series HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /dicomweb/studies HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n",
            "GET /dicomweb/" + catalog.dx().instancePath(0) + "/frames/1," + "1,".repeat(1500) + "1 HTTP/1.1\r\n"
                + "Host: x\r\nConnection: close\r\n\r\n"};
        for (String request : requests) {
            String answer = raw(request);
            String status = answer.length() >= 12 ? answer.substring(9, 12) : answer;
            // 505 is the right answer to an unknown HTTP version
            String shown = request.substring(0, Math.min(60, request.length()));
            assertTrue(status.startsWith("4") || status.equals("505"),
                    "'" + shown + "' answered " + answer.lines().findFirst().orElse("nothing"));
        }
        assertEquals(200, send(get("studies")).getStatus(), "the server keeps serving");
    }

    @Test
    void headAnswersHeadersOnlyAndOtherMethodsAre405() throws Exception {
        ContentResponse head = send(get(frameUrl(catalog.dx(), 0, "frames", "1")).method(HttpMethod.HEAD)
                .headers(h -> h.put(HttpHeader.ACCEPT, "image/jphc")));
        assertEquals(200, head.getStatus());
        assertEquals(stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1).length,
                head.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH), "HEAD Content-Length");
        assertEquals(0, head.getContent().length, "HEAD has no body");
        ContentResponse post = send(get("studies").method(HttpMethod.POST));
        assertEquals(405, post.getStatus());
        assertEquals("GET, HEAD", post.getHeaders().get(HttpHeader.ALLOW));
    }

    @Test
    void levelsEndpointGivesTheLevelEndsOfEachForm() throws Exception {
        JsonNode levels = json.readTree(send(get(catalog.dx().instancePath(0) + "/levels")).getContent());
        long n = stored(catalog.dx(), 0, Representation.HTJ2K_TILED, 1).length;
        JsonNode ends = levels.at("/frames/0/frames/levelEnds");
        assertEquals(catalog.dx().instances().get(0).decompositions() + 1, ends.size(), "one end per level");
        assertEquals(n, ends.get(ends.size() - 1).asLong(), "last level ends with the frame");
        long level0 = ends.get(0).asLong();
        ContentResponse r = send(get(frameUrl(catalog.dx(), 0, "frames", "1")).headers(h -> h
                .put(HttpHeader.ACCEPT, "image/jphc").put(HttpHeader.RANGE, "bytes=0-" + (level0 - 1))));
        assertEquals(level0, r.getContent().length, "a client can ask for exactly level 0");
    }

    @Test
    void requestLogHasOneLinePerRequestWithRangeStatusAndBytes() throws Exception {
        String url = frameUrl(catalog.ct(), 2, "frames", "1");
        send(get(url).headers(h -> h.put(HttpHeader.RANGE, "bytes=0-4095").put(HttpHeader.ACCEPT, "image/jphc")));
        // The line is written when the exchange completes, which may be just after the client has the body.
        List<String> lines = Files.readAllLines(requestLog);
        String line = null;
        for (int attempt = 0; attempt < 100 && line == null; attempt++) {
            lines = Files.readAllLines(requestLog);
            line = lines.stream().filter(l -> l.contains(url) && l.contains("bytes=0-4095")).findFirst().orElse(null);
            if (line == null) {
                Thread.sleep(50);
            }
        }
        assertNotNull(line, "log line for " + url + " in " + lines.size() + " lines");
        String[] f = line.split("\t");
        assertEquals("GET", f[2], line);
        assertEquals("206", f[5], line);
        assertEquals("4096", f[6], line);
        assertNull(lines.stream().filter(l -> l.split("\t").length != 10).findFirst().orElse(null),
                "every line has 10 fields");
    }
}
