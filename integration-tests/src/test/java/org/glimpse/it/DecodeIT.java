package org.glimpse.it;

import static org.glimpse.it.SampleSeries.byRole;
import static org.glimpse.it.SampleSeries.location;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.glimpse.api.codec.CodestreamLevels;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.FrameTransport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Frames fetched by the transport and decoded by the codec bundle, as the workstation runs them: in Felix,
 * with the native fragment's libraries and the decoder worker processes. Every decoder registered for a
 * syntax must give back exactly the raw samples the server stored, signed CT included.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DecodeIT {

    private static final long TIMEOUT_SECONDS = 60;

    @Inject
    private BundleContext context;

    @Inject
    private FrameTransport transport;

    @Configuration
    public Option[] config() throws Exception {
        ReferenceServerProcess.ensureStarted();
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "decode");
    }

    @Test
    public void everyDecoderOfEachStoredSyntaxGivesBackTheRawSamples() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String role : List.of("dx", "ct")) {
            JsonNode series = byRole(role);
            SeriesDescriptor metadata = metadata(series);
            InstanceDescriptor instance = metadata.instances().get(0);
            FrameKey key = metadata.frames().get(0);
            short[] raw = SampleSeries.raw(series, key);
            for (String ts : List.of("1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.90",
                    "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.1")) {
                byte[] bytes = fetch(series, key, null, ts);
                for (ServiceReference<FrameDecoder> ref : decoders(ts)) {
                    FrameDecoder decoder = context.getService(ref);
                    if (!decoder.isAvailable()) {
                        continue;
                    }
                    EncodedFrame frame = new EncodedFrame(key, ts, instance.pixel(), bytes, bytes.length, true);
                    DecodedFrame decoded = decoder.decode(frame, DecodeOptions.DEFAULT.withReduce(0));
                    String what = role + " " + ts + " by " + decoder.name();
                    assertEquals(what + " width", instance.pixel().columns(), decoded.width());
                    assertArrayEquals(what, raw, ((PixelBuffer.Shorts) decoded.pixels()).values());
                    checked.add(what);
                }
            }
        }
        assertTrue("too few decoder paths checked: " + checked, checked.size() >= 8);
        assertTrue("OpenJPH must be among them: " + checked, checked.stream().anyMatch(c -> c.contains("openjph")));
    }

    @Test
    public void aSixtyFourKilobytePrefixDecodesToItsCompleteLevel() throws Exception {
        JsonNode series = byRole("dx");
        SeriesDescriptor metadata = metadata(series);
        InstanceDescriptor instance = metadata.instances().get(0);
        FrameKey key = metadata.frames().get(0);
        String ts = "1.2.840.10008.1.2.4.202";
        byte[] prefix = fetch(series, key, ByteRange.prefix(65_536), ts);
        ServiceReference<FrameDecoder> best = decoders(ts).get(0);
        FrameDecoder decoder = context.getService(best);
        EncodedFrame frame = new EncodedFrame(key, ts, instance.pixel(), prefix, prefix.length, false);
        CodestreamLevels levels = decoder.inspect(frame);
        assertTrue("a 64 KB prefix of a " + instance.pixel().columns() + " px frame holds a complete level: "
                + Arrays.toString(levels.levelEnds()), levels.completeReduce() >= 0);
        DecodedFrame decoded = decoder.decode(frame, DecodeOptions.DEFAULT);
        assertEquals("decoded at the level the inspector promised", levels.completeReduce(), decoded.reduce());
        assertEquals(levels.widthAt(levels.completeReduce()), decoded.width());
    }

    @Test
    public void theDecoderFindsTheSameLevelEndsAsTheServerPublishes() throws Exception {
        // Two readers of the packet headers written independently (the server's, checked there by decoding
        // prefixes, and the codec's inspector): the loader trusts both, so they must agree to the byte.
        List<String> compared = new ArrayList<>();
        for (String role : List.of("dx", "ct")) {
            JsonNode series = byRole(role);
            SeriesDescriptor metadata = metadata(series);
            FrameKey key = metadata.frames().get(0);
            JsonNode forms = levels(key).path("frames").get(0);
            for (String[] form : new String[][] {{"frames", null, "1.2.840.10008.1.2.4.202"},
                {"htj2k", "/htj2k/", "1.2.840.10008.1.2.4.202"}, {"j2k", null, "1.2.840.10008.1.2.4.90"}}) {
                byte[] bytes = fetch(series, key, null, form[2], form[1]);
                FrameDecoder decoder = context.getService(decoders(form[2]).get(0));
                CodestreamLevels found = decoder.inspect(new EncodedFrame(key, form[2],
                        metadata.instances().get(0).pixel(), bytes, bytes.length, true));
                long[] published = new long[forms.path(form[0]).path("levelEnds").size()];
                for (int i = 0; i < published.length; i++) {
                    published[i] = forms.path(form[0]).path("levelEnds").get(i).asLong();
                }
                long[] ends = found.levelEnds();
                int full = published.length - 1;
                assertEquals(role + " " + form[0] + " level ends below full size",
                        Arrays.toString(Arrays.copyOf(published, full)), Arrays.toString(Arrays.copyOf(ends, full)));
                // The full level: the server publishes the frame length (a prefix of it is a whole codestream),
                // the inspector the end of the last packet; what lies between must be the EOC marker.
                assertEquals(role + " " + form[0] + " published full-size end", bytes.length, published[full]);
                assertEquals(role + " " + form[0] + " bytes after the last packet", 2, published[full] - ends[full]);
                int eoc = (int) ends[full];
                assertEquals("EOC", 0xFFD9, ((bytes[eoc] & 0xFF) << 8) | (bytes[eoc + 1] & 0xFF));
                compared.add(role + " " + form[0]);
            }
        }
        assertEquals(6, compared.size());
    }

    private static JsonNode levels(FrameKey key) throws Exception {
        Path file = Path.of(System.getProperty(ReferenceServerProcess.DATA_ROOT), "dicomweb", "studies",
                key.studyInstanceUid(), "series", key.seriesInstanceUid(), "instances", key.sopInstanceUid(),
                "levels.json");
        return new ObjectMapper().readTree(file.toFile());
    }

    private SeriesDescriptor metadata(JsonNode series) throws Exception {
        return transport.seriesMetadata(location(series)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Decoders for a syntax, best ranked first. */
    private List<ServiceReference<FrameDecoder>> decoders(String ts) throws Exception {
        List<ServiceReference<FrameDecoder>> refs = new ArrayList<>(context.getServiceReferences(FrameDecoder.class,
                "(" + FrameDecoder.TRANSFER_SYNTAX_PROPERTY + "=" + ts + ")"));
        assertTrue("no decoder registered for " + ts, !refs.isEmpty());
        refs.sort((a, b) -> b.compareTo(a));
        return refs;
    }

    private byte[] fetch(JsonNode series, FrameKey key, ByteRange range, String ts) throws Exception {
        return fetch(series, key, range, ts, null);
    }

    private byte[] fetch(JsonNode series, FrameKey key, ByteRange range, String ts, String framesPath)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameListener listener = new FrameListener() {
            @Override
            public void onContent(long offset, ByteBuffer chunk) {
                byte[] b = new byte[chunk.remaining()];
                chunk.get(b);
                synchronized (out) {
                    out.write(b, 0, b.length);
                }
            }
        };
        FrameRequest request = new FrameRequest(location(series), key, 0, framesPath, Map.of(), range, List.of(ts),
                RequestType.INTERACTION, 0, "it");
        FrameResult result = transport.fetch(request, listener).completion().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertEquals("the server sent the syntax asked for", ts, result.info().transferSyntaxUid());
        return out.toByteArray();
    }
}
