package org.glimpse.transport.internal.orthanc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The transport, unchanged, against a real DICOMweb server: Orthanc with its DICOMweb plugin. */
class OrthancTest {

    private static final int SLICES = 3;
    private static final int SIZE = 64;
    private static final List<String> SYNTAXES = List.of(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
            TransferSyntax.JPEG_LOSSLESS_SV1, TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_2000_LOSSLESS,
            TransferSyntax.RLE_LOSSLESS, TransferSyntax.HTJ2K_LOSSLESS);

    private static NamespacedOrthanc orthanc;
    private static WadoTransport transport;
    private static SeriesLocation series;
    private static Path firstFile;

    @BeforeAll
    static void start() throws Exception {
        String why = NamespacedOrthanc.unavailable();
        assumeTrue(why == null, "Orthanc test skipped: " + why);
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "orthanc");
        Path script = Path.of(OrthancTest.class.getResource("/orthanc/make_ct.py").toURI());
        Process p = new ProcessBuilder(NamespacedOrthanc.PYTHON.toString(), script.toString(), dir.toString(),
                Integer.toString(SLICES), Integer.toString(SIZE)).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "make_ct.py finished");
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assumeTrue(p.exitValue() == 0, "Orthanc test skipped: pydicom could not write the series: " + out);
        String[] uids = out.split("\\s+");
        orthanc = new NamespacedOrthanc(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".dcm")).sorted().toList()) {
                orthanc.upload(f);
                firstFile = firstFile == null ? f : firstFile;
            }
        }
        transport = new WadoTransport(TransportSettings.DEFAULTS, null, null);
        series = new SeriesLocation(orthanc.dicomWeb(), uids[0], uids[1]);
    }

    @AfterAll
    static void stop() throws Exception {
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
    void readsOrthancSeriesMetadata() throws Exception {
        SeriesDescriptor d = transport.seriesMetadata(series).get(30, TimeUnit.SECONDS);
        assertEquals(SLICES, d.instances().size(), "instances stored in Orthanc");
        InstanceDescriptor i = d.instances().get(0);
        assertEquals(SIZE, i.pixel().rows(), "rows");
        assertEquals(12, i.pixel().bitsStored(), "bits stored");
        assertEquals(-1024, i.plane().rescaleIntercept(), "rescale intercept");
    }

    @Test
    void loadsTheFrameInEveryTransferSyntaxOrthancServes() throws Exception {
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
                    assertArrayEquals(pixels, r.bytes.toByteArray(), "native frame = the file's pixel data");
                } else {
                    assertTrue(r.bytes.size() > 0 && !TransferSyntax.isNative(got),
                            "asked " + ts + ", the bytes are a codestream (" + got + "), " + r.bytes.size() + " bytes");
                }
            }
        }
        System.out.println("Orthanc served (asked -> sniffed/labelled): " + served);
        assertTrue(served.containsKey(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), "native served: " + served);
        assertTrue(served.size() >= 2, "native and at least one compressed syntax served: " + served);
    }

    @Test
    void aPrefixRangeFromOrthancIsThePrefixOfTheFrame() throws Exception {
        InstanceDescriptor i = first();
        Recorder whole = new Recorder();
        transport.fetch(frame(i, null, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), whole);
        whole.awaitResult();
        Recorder prefix = new Recorder();
        transport.fetch(frame(i, ByteRange.prefix(1000), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), prefix);
        FrameResult result = prefix.awaitResult();
        byte[] expected = result.frameComplete() ? whole.bytes.toByteArray()
                : Arrays.copyOf(whole.bytes.toByteArray(), 1000);
        assertArrayEquals(expected, prefix.bytes.toByteArray(), "status " + result.info().status()
                + ": a 206 gives the prefix, a 200 the whole frame");
    }
}
