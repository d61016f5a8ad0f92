package org.glimpse.it.interop;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
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
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The transport (outside OSGi) against the reference DICOMweb server in this JVM (small sample data), clean
 * and with each fault the server injects.
 */
public class ReferenceServerIT {

    private static ReferenceServer server;
    private static WadoTransport transport;

    @BeforeClass
    public static void start() throws Exception {
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "it-sample-data");
        server = ReferenceServer.start(ServerOptions.of(data, SampleSize.SMALL));
        transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);
    }

    @AfterClass
    public static void stop() {
        transport.close();
        server.close();
    }

    private static SeriesLocation location(CatalogSeries s) {
        return new SeriesLocation(server.wadoRoot(), s.studyInstanceUid(), s.seriesInstanceUid());
    }

    private static FrameRequest request(CatalogSeries s, int instance, ByteRange range, Map<String, String> args,
            String... syntaxes) {
        CatalogInstance i = s.instances().get(instance);
        return new FrameRequest(location(s), new FrameKey(s.studyInstanceUid(), s.seriesInstanceUid(),
                i.sopInstanceUid(), 1), instance, null, args, range, List.of(syntaxes), RequestType.INTERACTION, 0,
                "reference");
    }

    private static byte[] fetch(FrameRequest r) throws Exception {
        Recorder rec = new Recorder(r.range() == null ? 0 : r.range().first());
        transport.fetch(r, rec);
        FrameResult result = rec.awaitResult();
        assertTrue("whole-frame request completes the frame", result.frameComplete() || r.range() != null);
        return rec.bytes.toByteArray();
    }

    @Test
    public void readsSeriesMetadataIntoDescriptors() throws Exception {
        CatalogSeries ct = server.catalog().ct();
        SeriesDescriptor d = transport.seriesMetadata(location(ct)).get();
        assertEquals("instances of the CT series", ct.instances().size(), d.instances().size());
        InstanceDescriptor first = d.instances().get(0);
        CatalogInstance expected = ct.instances().get(0);
        assertEquals("rows", expected.rows(), first.pixel().rows());
        assertEquals("columns", expected.columns(), first.pixel().columns());
        assertEquals("bits stored", expected.bitsStored(), first.pixel().bitsStored());
        assertEquals("pixel representation", expected.signed(), first.pixel().signed());
        assertEquals("modality", "CT", d.modality());
    }

    @Test
    public void fetchesEveryCtFrameAsA64KbPrefixThenTheRest() throws Exception {
        CatalogSeries ct = server.catalog().ct();
        for (int i = 0; i < ct.instances().size(); i++) {
            byte[] whole = fetch(request(ct, i, null, Map.of()));
            Recorder prefix = new Recorder();
            transport.fetch(request(ct, i, ByteRange.prefix(65_536), Map.of()), prefix);
            FrameResult a = prefix.awaitResult();
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            joined.writeBytes(prefix.bytes.toByteArray());
            if (!a.frameComplete()) {
                joined.writeBytes(fetch(request(ct, i, ByteRange.from(a.bytesDelivered()), Map.of())));
            }
            assertArrayEquals("instance " + i + ": prefix + rest = whole frame", whole, joined.toByteArray());
        }
    }

    @Test
    public void negotiatesEachOfferedTransferSyntax() throws Exception {
        CatalogSeries dx = server.catalog().dx();
        for (String ts : dx.instances().get(0).transferSyntaxes()) {
            Recorder r = new Recorder();
            transport.fetch(request(dx, 0, null, Map.of(), ts), r);
            r.awaitResult();
            assertEquals("asked " + ts + ", sniffed/labelled", ts, r.info.transferSyntaxUid());
        }
    }

    @Test
    public void fetchesEachAlternateFramesPath() throws Exception {
        forEach("framesPath", List.of("/jlsThumbnail/", "/htj2k/", "/jls/"), this::fetchesAnAlternateFramesPath);
    }

    private void fetchesAnAlternateFramesPath(String framesPath) throws Exception {
        CatalogSeries dx = server.catalog().dx();
        CatalogInstance i = dx.instances().get(0);
        FrameRequest r = new FrameRequest(location(dx), new FrameKey(dx.studyInstanceUid(), dx.seriesInstanceUid(),
                i.sopInstanceUid(), 1), 0, framesPath, Map.of(), null, List.of(), RequestType.THUMBNAIL, 0, "alt");
        Recorder rec = new Recorder();
        transport.fetch(r, rec);
        FrameResult result = rec.awaitResult();
        String ts = rec.info.transferSyntaxUid();
        assertTrue(framesPath + " answered " + ts,
                framesPath.contains("jls") ? ts.equals(TransferSyntax.JPEG_LS_LOSSLESS) : TransferSyntax.isHtj2k(ts));
        assertTrue("whole alternate frame: " + result, result.frameComplete() && result.bytesDelivered() > 0);
        assertTrue("URL " + result.metrics().url(), result.metrics().url().getPath().endsWith(framesPath + "1"));
    }

    @Test
    public void deliversTheSameFrameDespiteEachFault() throws Exception {
        forEach("fault", List.of("ignore-range", "reset-after=20000", "error-once=503", "mislabel", "gzip",
                "no-boundary", "pad-byte", "accept-400", "ts-in-type", "no-length", "eof-body"),
                this::deliversTheSameFrameDespite);
    }

    /** One check of a case. */
    private interface Check {
        void run(String value) throws Exception;
    }

    /** Runs the check for every case; a failure names the case it failed for. */
    private static void forEach(String what, List<String> cases, Check check) throws Exception {
        for (String value : cases) {
            try {
                check.run(value);
            } catch (AssertionError e) {
                throw new AssertionError(what + " " + value + ": " + e.getMessage(), e);
            }
        }
    }

    private void deliversTheSameFrameDespite(String fault) throws Exception {
        CatalogSeries dx = server.catalog().dx();
        String ts = dx.instances().get(0).defaultTransferSyntax();
        byte[] clean = fetch(request(dx, 0, null, Map.of(), ts));
        Recorder prefix = new Recorder();
        transport.fetch(request(dx, 0, ByteRange.prefix(8_192), Map.of("fault", fault), ts), prefix);
        FrameResult a = prefix.awaitResult();
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes(prefix.bytes.toByteArray());
        if (!a.frameComplete()) {
            joined.writeBytes(fetch(request(dx, 0, ByteRange.from(a.bytesDelivered()), Map.of("fault", fault), ts)));
        }
        assertArrayEquals("frame with fault " + fault + " equals the clean frame", clean, joined.toByteArray());
        if (fault.equals("mislabel")) {
            assertTrue("sniffed family " + prefix.info.transferSyntaxUid(), TransferSyntax.isJpeg2000Family(ts)
                    == TransferSyntax.isJpeg2000Family(prefix.info.transferSyntaxUid()));
        }
    }

    @Test
    public void survivesAServerThatClosesIdleConnectionsAfterOneSecond() throws Exception {
        CatalogSeries dx = server.catalog().dx();
        Map<String, String> idle = Map.of("fault", "idle-close");
        byte[] first = fetch(request(dx, 0, null, idle));
        Thread.sleep(1_300);
        assertArrayEquals("second fetch after the idle close", first, fetch(request(dx, 0, null, idle)));
    }
}
