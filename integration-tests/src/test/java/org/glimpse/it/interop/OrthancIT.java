package org.glimpse.it.interop;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.TransferSyntax;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.transport.ByteRange;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameResult;
import org.glimpse.api.transport.SeriesLocation;
import org.glimpse.transport.internal.TransportSettings;
import org.glimpse.transport.internal.WadoTransport;
import org.glimpse.transport.internal.testing.Recorder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The transport, unchanged, against a real DICOMweb server: Orthanc with its DICOMweb plugin. */
public class OrthancIT {

    private static final int SLICES = 3;
    private static final int SIZE = 64;
    private static final List<String> SYNTAXES = List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.JPEG_LOSSLESS_SV1, TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_2000_LOSSLESS,
            TransferSyntax.RLE_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS);

    private static NamespacedOrthanc orthanc;
    private static WadoTransport transport;
    private static SeriesLocation series;
    private static Path firstFile;

    @BeforeClass
    public static void start() throws Exception {
        String why = NamespacedOrthanc.unavailable();
        assumeTrue("Orthanc test skipped: " + why, why == null);
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "orthanc");
        Path script = Path.of(OrthancIT.class.getResource("/orthanc/make_series.py").toURI());
        Process p = new ProcessBuilder(NamespacedOrthanc.PYTHON.toString(), script.toString(), dir.toString(),
                Integer.toString(SLICES), Integer.toString(SIZE), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)
                .redirectErrorStream(true).start();
        assertTrue("make_series.py finished", p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assumeTrue("Orthanc test skipped: pydicom could not write the series: " + out, p.exitValue() == 0);
        JsonNode written = new ObjectMapper().readTree(out.substring(out.lastIndexOf("\n[") + 1)).get(0);
        orthanc = new NamespacedOrthanc(dir);
        for (JsonNode instance : written.path("instances")) {
            Path f = Path.of(instance.path("file").asText());
            orthanc.upload(f);
            firstFile = firstFile == null ? f : firstFile;
        }
        transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);
        series = new SeriesLocation(orthanc.dicomWeb(), written.path("study").asText(),
                written.path("series").asText());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (transport != null) {
            transport.close();
        }
        if (orthanc != null) {
            orthanc.close();
        }
    }

    private static InstanceDescriptor first() throws Exception {
        SeriesDescriptor d = transport.seriesMetadata(series).get(30, TimeUnit.SECONDS);
        return d.instances().stream().filter(i -> i.instanceNumber() == 1).findFirst().orElseThrow();
    }

    private static FrameRequest frame(InstanceDescriptor i, ByteRange range, String ts) {
        return new FrameRequest(series, new FrameKey(series.studyInstanceUid(), series.seriesInstanceUid(),
                i.sopInstanceUid(), 1), 0, null, Map.of(), range, ts == null ? List.of() : List.of(ts),
                RequestType.INTERACTION, 0, "orthanc");
    }

    @Test
    public void readsOrthancSeriesMetadata() throws Exception {
        SeriesDescriptor d = transport.seriesMetadata(series).get(30, TimeUnit.SECONDS);
        assertEquals("instances stored in Orthanc", SLICES, d.instances().size());
        InstanceDescriptor i = d.instances().get(0);
        assertEquals("rows", SIZE, i.pixel().rows());
        assertEquals("bits stored", 12, i.pixel().bitsStored());
        assertEquals("rescale intercept", -1024, i.plane().rescaleIntercept(), 0);
    }

    @Test
    public void loadsTheFrameInEveryTransferSyntaxOrthancServes() throws Exception {
        InstanceDescriptor i = first();
        byte[] file = Files.readAllBytes(firstFile);
        byte[] pixels = Arrays.copyOfRange(file, file.length - SIZE * SIZE * 2, file.length);
        Map<String, String> served = new LinkedHashMap<>();
        for (String ts : SYNTAXES) {
            Recorder r = new Recorder();
            transport.fetch(frame(i, null, ts), r);
            FrameResult result = r.awaitResult();
            String got = result.info().transferSyntaxUid();
            if (result.metrics().attempts() == 1) {
                served.put(ts, got);
                if (TransferSyntax.isNative(ts)) {
                    assertArrayEquals("native frame = the file's pixel data", pixels, r.bytes.toByteArray());
                } else {
                    assertTrue("asked " + ts + ", the bytes are a codestream (" + got + "), " + r.bytes.size()
                            + " bytes", r.bytes.size() > 0 && !TransferSyntax.isNative(got));
                }
            }
        }
        System.out.println("Orthanc served (asked -> sniffed/labelled): " + served);
        assertTrue("native served: " + served, served.containsKey(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        assertTrue("native and at least one compressed syntax served: " + served, served.size() >= 2);
    }

    @Test
    public void aPrefixRangeFromOrthancIsThePrefixOfTheFrame() throws Exception {
        InstanceDescriptor i = first();
        Recorder whole = new Recorder();
        transport.fetch(frame(i, null, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), whole);
        whole.awaitResult();
        Recorder prefix = new Recorder();
        transport.fetch(frame(i, ByteRange.prefix(1000), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), prefix);
        FrameResult result = prefix.awaitResult();
        byte[] expected = result.frameComplete() ? whole.bytes.toByteArray()
                : Arrays.copyOf(whole.bytes.toByteArray(), 1000);
        assertArrayEquals("status " + result.info().status()
                + ": a 206 gives the prefix, a 200 the whole frame", expected, prefix.bytes.toByteArray());
    }
}
