package org.glimpse.it.interop;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.ServerOptions;
import org.glimpse.server.data.CatalogInstance;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.SampleSize;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.WadoTransport;
import org.glimpse.transport.internal.testing.Recorder;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The two shapes of a 206 to a multipart request, both served by the reference server: ranges of the
 * multipart body sent (RFC 9110 §14, the server's default; Content-Range counts the part header) and a new
 * envelope around the frame's bytes ({@code range-in-part}; Content-Range counts the frame). Under either the
 * transport assembles exactly the frame and never asks again for bytes it was given.
 */
public class RangeShapesIT {
    private static final String REPRESENTATION = "representation";
    private static final String RANGE_IN_PART = "range-in-part";

    private static ReferenceServer server;
    private static Path log;
    private WadoTransport transport;

    @BeforeClass
    public static void start() throws Exception {
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "it-sample-data");
        log = Files.createTempFile("range-shapes", ".log");
        server = ReferenceServer.start(ServerOptions.of(data, SampleSize.SMALL).withRequestLog(log));
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    @After
    public void close() {
        if (transport != null) {
            transport.close();
        }
    }

    private static FrameRequest request(CatalogSeries s, int instance, ByteRange range, String shape, String ts) {
        CatalogInstance i = s.instances().get(instance);
        Map<String, String> args = shape.equals(RANGE_IN_PART) ? Map.of("fault", RANGE_IN_PART) : Map.of();
        return new FrameRequest(new SeriesLocation(server.wadoRoot(), s.studyInstanceUid(), s.seriesInstanceUid()),
                new FrameKey(s.studyInstanceUid(), s.seriesInstanceUid(), i.sopInstanceUid(), 1), instance, null,
                args, range, List.of(ts), RequestType.INTERACTION, 0, "shapes");
    }

    private Recorder fetch(FrameRequest r) throws Exception {
        Recorder rec = new Recorder(r.range() == null ? 0 : r.range().first());
        transport.fetch(r, rec);
        rec.awaitResult();
        return rec;
    }

    /** The request log lines for one instance's frame: {Range header, status, body bytes}. */
    private static List<String[]> logged(CatalogInstance i, int expected) throws Exception {
        List<String[]> lines = List.of();
        for (int attempt = 0; attempt < 100 && lines.size() < expected; attempt++) {
            lines = Files.readAllLines(log).stream().map(l -> l.split("\t"))
                    .filter(f -> f[3].contains(i.sopInstanceUid() + "/frames/1"))
                    .map(f -> new String[] {f[4], f[5], f[6]}).toList();
            if (lines.size() < expected) {
                Thread.sleep(50);
            }
        }
        return lines;
    }

    /** Each shape with a transport of its own (nothing learned from the other shape). */
    private void underEachShape(Shaped test) throws Exception {
        for (String shape : List.of(REPRESENTATION, RANGE_IN_PART)) {
            transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);
            try {
                test.run(shape);
            } finally {
                transport.close();
                transport = null;
            }
        }
    }

    private interface Shaped {
        void run(String shape) throws Exception;
    }

    @Test
    public void aPrefixAndTheRestAreExactlyTheFrameWithoutRefetching() throws Exception {
        underEachShape(this::prefixAndRest);
    }

    private void prefixAndRest(String shape) throws Exception {
        CatalogSeries ct = server.catalog().ct();
        String ts = ct.instances().get(0).defaultTransferSyntax();
        int first = shape.equals(REPRESENTATION) ? 0 : 4;
        for (int i = first; i < first + 4; i++) {
            byte[] whole = fetch(request(ct, i, null, shape, ts)).bytes.toByteArray();
            Recorder prefix = fetch(request(ct, i, ByteRange.prefix(8_192), shape, ts));
            FrameResult a = prefix.result;
            assertTrue(shape + " instance " + i + ": " + a, !a.frameComplete() && a.bytesDelivered() > 8_000);
            Recorder rest = fetch(request(ct, i, ByteRange.from(a.bytesDelivered()), shape, ts));
            assertTrue("the rest completes the frame", rest.result.frameComplete());
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.writeBytes(prefix.bytes.toByteArray());
            joined.writeBytes(rest.bytes.toByteArray());
            assertArrayEquals(shape + " instance " + i + ": prefix + rest = frame", whole, joined.toByteArray());
            List<String[]> seen = logged(ct.instances().get(i), 3);
            assertEquals("whole, prefix and rest, no fallback", 3, seen.size());
            long restBytes = Long.parseLong(seen.get(2)[2]);
            long missing = whole.length - a.bytesDelivered();
            assertTrue(shape + ": the rest carried " + restBytes + " bytes for " + missing + " missing frame bytes ("
                    + seen.get(2)[0] + ")", seen.get(2)[1].equals("206") && restBytes >= missing
                    && restBytes < missing + 300);
        }
    }

    @Test
    public void aPrefixEndsWhereAskedOnceTheShapeIsKnown() throws Exception {
        underEachShape(this::prefixEnd);
    }

    private void prefixEnd(String shape) throws Exception {
        CatalogSeries ct = server.catalog().ct();
        String ts = ct.instances().get(0).defaultTransferSyntax();
        int end = 5_000;
        fetch(request(ct, 8, ByteRange.prefix(end), shape, ts));
        for (int i = 9; i < 12; i++) {
            byte[] whole = fetch(request(ct, i, null, shape, ts)).bytes.toByteArray();
            Recorder prefix = fetch(request(ct, i, ByteRange.prefix(end), shape, ts));
            assertArrayEquals(shape + ": frame bytes 0.." + (end - 1) + " exactly, a level end say (instance " + i
                    + ")", Arrays.copyOf(whole, end), prefix.bytes.toByteArray());
        }
    }

    @Test
    public void aHeaderLengthLearnedForOneAcceptIsNotUsedForAnother() throws Exception {
        transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);
        CatalogSeries dx = server.catalog().dx();
        String htj2k = dx.instances().get(0).defaultTransferSyntax();
        fetch(request(dx, 0, ByteRange.prefix(4_096), REPRESENTATION, htj2k));
        byte[] jls = fetch(request(dx, 0, null, REPRESENTATION, TransferSyntax.JPEG_LS_LOSSLESS)).bytes.toByteArray();
        Recorder rest = fetch(request(dx, 0, ByteRange.from(1_000), REPRESENTATION, TransferSyntax.JPEG_LS_LOSSLESS));
        assertArrayEquals("JPEG-LS parts have a shorter part header than HTJ2K ones: the bytes must still be the "
                + "frame's", Arrays.copyOfRange(jls, 1_000, jls.length), rest.bytes.toByteArray());
        Recorder prefix = fetch(request(dx, 0, ByteRange.prefix(1_000), REPRESENTATION,
                TransferSyntax.JPEG_LS_LOSSLESS));
        Recorder tail = fetch(request(dx, 0, ByteRange.from(prefix.result.bytesDelivered()), REPRESENTATION,
                TransferSyntax.JPEG_LS_LOSSLESS));
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes(prefix.bytes.toByteArray());
        joined.writeBytes(tail.bytes.toByteArray());
        assertArrayEquals("JPEG-LS prefix + rest once its own header is known", jls, joined.toByteArray());
    }
}
