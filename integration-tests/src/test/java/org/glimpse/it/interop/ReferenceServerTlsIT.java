package org.glimpse.it.interop;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.api.transport.TransportException;
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

/** The reference server with {@code --tls}: reached through the trust file it prints, refused without it. */
public class ReferenceServerTlsIT {

    private static ReferenceServer server;

    @BeforeClass
    public static void start() throws Exception {
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "it-sample-data");
        server = ReferenceServer.start(ServerOptions.of(data, SampleSize.SMALL).withTls(true));
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    private static FrameRequest firstFrame(CatalogSeries s) {
        return new FrameRequest(new SeriesLocation(server.wadoRoot(), s.studyInstanceUid(), s.seriesInstanceUid()),
                new FrameKey(s.studyInstanceUid(), s.seriesInstanceUid(), s.instances().get(0).sopInstanceUid(), 1),
                0, null, Map.of(), null, List.of(), RequestType.INTERACTION, 0, "tls");
    }

    @Test
    public void loadsMetadataAndFramesOverH2WithThePrintedTrustStore() throws Exception {
        String trust = server.certificate().trustPkcs12().toString();
        SiteSettings site = new SiteSettings("reference-tls", server.wadoRoot().toString(), null, null, List.of(),
                null, 4, trust);
        CatalogSeries dx = server.catalog().dx();
        try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, u -> site, null)) {
            var series = transport.seriesMetadata(firstFrame(dx).series()).get();
            assertEquals("metadata over https", dx.instances().size(), series.instances().size());
            Recorder r = new Recorder();
            transport.fetch(firstFrame(dx), r);
            FrameResult result = r.awaitResult();
            assertTrue("a whole frame: " + result, result.frameComplete() && result.bytesDelivered() > 1000);
            assertEquals("h2 chosen by ALPN", "HTTP/2.0", result.metrics().protocol());
        }
    }

    @Test
    public void failsNamingTlsAndTheUrlWithoutTheTrustStore() throws Exception {
        try (WadoTransport transport = new WadoTransport(TransportSettings.DEFAULTS, null, null)) {
            Recorder r = new Recorder();
            transport.fetch(firstFrame(server.catalog().dx()), r);
            TransportException e = r.awaitFailure();
            assertTrue("a clear TLS failure naming the URL: " + e.getMessage(), e.getMessage().contains("TLS")
                    && e.getMessage().contains(server.wadoRoot().toString()));
        }
    }
}
