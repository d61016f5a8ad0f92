package org.glimpse.it;

import static org.glimpse.it.SampleSeries.byRole;
import static org.glimpse.it.SampleSeries.location;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.FrameTransport;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The FrameTransport service as the workstation runs it, in Felix with Jetty's bundles wired through SPI Fly,
 * against the reference server: metadata, ranges, an unasked gzip body, and HTTP/2 switched on through
 * Config Admin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING) // so that a test always runs after the reconfiguring one
public class TransportIT {

    private static final long TIMEOUT_SECONDS = 60;
    private static final int PREFIX = 65_536;

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() throws Exception {
        ReferenceServerProcess.ensureStarted();
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "transport");
    }

    @Test
    public void seriesMetadataDescribesEveryCtSlice() throws Exception {
        JsonNode ct = byRole("ct");
        SeriesDescriptor s = transport().seriesMetadata(location(ct)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertEquals("instances", ct.path("instances").size(), s.instances().size());
        JsonNode first = ct.path("instances").get(0);
        assertEquals("rows", first.path("rows").asInt(), s.instances().get(0).pixel().rows());
        assertTrue("CT pixels are signed", s.instances().get(0).pixel().signed());
        assertTrue("CT slices carry a position", s.instances().get(0).plane().imagePositionPatient() != null);
    }

    @Test
    public void aPrefixThenTheRestEqualsTheWholeFrame() throws Exception {
        JsonNode dx = byRole("dx");
        Received whole = fetch(request(dx, null, Map.of()));
        assertTrue("a DX frame is larger than the prefix: " + whole.bytes.length, whole.bytes.length > PREFIX);
        assertArrayEquals("HTJ2K codestreams start with SOC then SIZ", new byte[] {(byte) 0xFF, 0x4F, (byte) 0xFF,
            0x51}, java.util.Arrays.copyOf(whole.bytes, 4));
        assertEquals("1.2.840.10008.1.2.4.202", whole.result.info().transferSyntaxUid());

        Received prefix = fetch(request(dx, ByteRange.prefix(PREFIX), Map.of()));
        // the server's ranges count its multipart body (RFC 9110), part header included, until the transport
        // has learned that header's length
        int held = prefix.bytes.length;
        assertTrue("prefix length " + held + " of " + PREFIX, held <= PREFIX && held > PREFIX - 200);
        Received rest = fetch(request(dx, ByteRange.from(held), Map.of()));
        assertEquals("the rest starts where the prefix ended", held, rest.firstOffset);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(prefix.bytes);
        joined.write(rest.bytes);
        assertArrayEquals("prefix + rest", whole.bytes, joined.toByteArray());
        assertTrue("the rest completes the frame", rest.result.frameComplete());
    }

    @Test
    public void anUnaskedGzipBodyIsDecodedInsideTheFramework() throws Exception {
        JsonNode dx = byRole("dx");
        Received plain = fetch(request(dx, null, Map.of()));
        Received gzipped = fetch(request(dx, null, Map.of("fault", "gzip")));
        assertArrayEquals("gzip-encoded answer decoded to the same frame", plain.bytes, gzipped.bytes);
    }

    @Test
    public void http2IsUsedOnceConfigAdminSwitchesItOn() throws Exception {
        JsonNode ct = byRole("ct");
        org.osgi.service.cm.Configuration c = configAdmin.getConfiguration("glimpse.transport", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("cleartextHttp2", Boolean.TRUE);
        c.update(props);
        try {
            String protocol = Eventually.until("a frame over HTTP/2", () -> {
                try {
                    return fetch(request(ct, null, Map.of())).result.metrics().protocol();
                } catch (Exception e) {
                    return "failed: " + e;
                }
            }, p -> p.startsWith("HTTP/2"));
            assertTrue(protocol, protocol.startsWith("HTTP/2"));
        } finally {
            c.delete();
            // the component is replaced once more: wait for it, so that later tests meet a settled service
            Eventually.until("HTTP/1.1 again after the configuration was deleted", () -> {
                try {
                    return fetch(request(ct, null, Map.of())).result.metrics().protocol();
                } catch (Exception e) {
                    return "failed: " + e;
                }
            }, p -> p.startsWith("HTTP/1.1"));
        }
    }

    /**
     * The transport registered now. A configuration change replaces the component (and closes the old
     * instance), so a test must not hold on to the one injected at start.
     */
    private FrameTransport transport() {
        return context.getService(context.getServiceReference(FrameTransport.class));
    }

    private Received fetch(FrameRequest request) throws Exception {
        return fetch(transport(), request);
    }

    private static Received fetch(FrameTransport t, FrameRequest request) throws Exception {
        Received r = new Received();
        FrameResult result = t.fetch(request, r).completion().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        r.result = result;
        r.bytes = r.out.toByteArray();
        return r;
    }

    private static FrameRequest request(JsonNode series, ByteRange range, Map<String, String> args) {
        JsonNode instance = series.path("instances").get(0);
        FrameKey key = new FrameKey(series.path("studyInstanceUid").asText(),
                series.path("seriesInstanceUid").asText(), instance.path("sopInstanceUid").asText(), 1);
        return new FrameRequest(location(series), key, 0, null, args, range, List.of(), RequestType.INTERACTION, 0,
                "it");
    }



    /** Collects a retrieval's bytes in order, remembering where in the frame they started. */
    private static final class Received implements FrameListener {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        long firstOffset = -1;
        byte[] bytes;
        FrameResult result;

        @Override
        public synchronized void onContent(long offset, ByteBuffer chunk) {
            if (firstOffset < 0) {
                firstOffset = offset;
            }
            byte[] b = new byte[chunk.remaining()];
            chunk.get(b);
            out.write(b, 0, b.length);
        }
    }
}
