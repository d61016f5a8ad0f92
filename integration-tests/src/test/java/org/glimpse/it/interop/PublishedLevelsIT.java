package org.glimpse.it.interop;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PublishedLevels;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.server.ReferenceServer;
import org.glimpse.server.ServerOptions;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.SampleSize;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.WadoTransport;
import org.glimpse.transport.internal.testing.Recorder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The level ends the reference server publishes reach the descriptors, and a single-part range that ends at
 * one of them holds exactly that prefix of the frame: what the loader relies on to end a request at the
 * resolution level a display needs.
 */
public class PublishedLevelsIT {

    private static ReferenceServer server;
    private static WadoTransport transport;

    @BeforeClass
    public static void start() throws Exception {
        server = ReferenceServer.start(ServerOptions.of(Path.of(System.getProperty("java.io.tmpdir"),
                "it-sample-data"), SampleSize.SMALL));
        transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);
    }

    @AfterClass
    public static void stop() {
        transport.close();
        server.close();
    }

    @Test
    public void everyCtSliceCarriesItsPublishedLevelEndsAndTheThumbnailSize() throws Exception {
        CatalogSeries ct = server.catalog().ct();
        SeriesDescriptor d = transport.seriesMetadata(location(ct)).get();
        for (InstanceDescriptor i : d.instances()) {
            for (String[] form : new String[][] {{"/frames/", TransferSyntax.HTJ2K_LOSSLESS_RPCL},
                {"/htj2k/", TransferSyntax.HTJ2K_LOSSLESS_RPCL}, {"/frames/", TransferSyntax.JPEG_2000_LOSSLESS}}) {
                assertNotNull(i.sopInstanceUid() + " " + Arrays.toString(form), i.levelsOf(1, form[0], form[1]));
            }
            assertEquals("quarter size", ct.instances().get(0).rows() / 4, i.renditionAt("/jlsThumbnail/").rows());
        }
    }

    @Test
    public void aSinglePartRangeEndingAtALevelEndHoldsExactlyThatPrefix() throws Exception {
        CatalogSeries dx = server.catalog().dx();
        SeriesDescriptor d = transport.seriesMetadata(location(dx)).get();
        InstanceDescriptor i = d.instances().get(0);
        FrameKey key = d.frames().get(0);
        PublishedLevels levels = i.levelsOf(1, "/frames/", TransferSyntax.HTJ2K_LOSSLESS_RPCL);
        byte[] whole = fetch(request(dx, key, null, false));
        assertEquals("published length of the whole codestream", levels.length(), whole.length);
        long end = levels.endOfReduce(2);
        // the server's multipart ranges count its part header (RFC 9110: bytes of the multipart body): the
        // first multipart range holds a little less than asked, later ones are exact once the transport knows
        // the header's length; a single-part range is exact at once
        byte[] multipartFirst = prefix(dx, key, end, false);
        assertArrayEquals("multipart, header length not yet known: a prefix of the frame",
                Arrays.copyOf(whole, multipartFirst.length), multipartFirst);
        assertTrue("multipart, first: at most the part header short of " + end + ": " + multipartFirst.length,
                multipartFirst.length <= end && multipartFirst.length > end - 200);
        for (boolean singlePart : new boolean[] {true, false}) {
            assertArrayEquals("single-part " + singlePart + ": bytes 0-" + (end - 1) + " of the frame",
                    Arrays.copyOf(whole, (int) end), prefix(dx, key, end, singlePart));
        }
    }

    private static byte[] prefix(CatalogSeries dx, FrameKey key, long end, boolean singlePart) throws Exception {
        Recorder r = new Recorder();
        transport.fetch(request(dx, key, ByteRange.prefix(end), singlePart), r);
        r.awaitResult();
        assertFalse("a single-part answer was asked: " + r.info.mediaType(),
                r.info.mediaType().startsWith("multipart/") && singlePart);
        return r.bytes.toByteArray();
    }

    private static byte[] fetch(FrameRequest r) throws Exception {
        Recorder rec = new Recorder();
        transport.fetch(r, rec);
        rec.awaitResult();
        return rec.bytes.toByteArray();
    }

    private static SeriesLocation location(CatalogSeries s) {
        return new SeriesLocation(server.wadoRoot(), s.studyInstanceUid(), s.seriesInstanceUid());
    }

    private static FrameRequest request(CatalogSeries s, FrameKey key, ByteRange range, boolean singlePart) {
        return new FrameRequest(location(s), key, 0, null, Map.of(), range,
                List.of(TransferSyntax.HTJ2K_LOSSLESS_RPCL), RequestType.INTERACTION, 0, "levels", singlePart);
    }
}
