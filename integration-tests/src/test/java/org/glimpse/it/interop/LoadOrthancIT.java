package org.glimpse.it.interop;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glimpse.it.GlimpseLoad;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code glimpse load} against a real DICOMweb server, Orthanc from Debian in its own network namespace, with
 * series stored natively, in JPEG-LS, JPEG 2000 and JPEG Lossless: every frame the workstation saves must equal
 * what an independent decoder (dcmtk, OpenJPEG's opj_decompress) makes of the same file.
 */
public class LoadOrthancIT {

    private static final int SLICES = 2;
    private static final int SIZE = 64;

    private static NamespacedOrthanc orthanc;
    private static Path dir;
    private static JsonNode manifest;

    @BeforeClass
    public static void start() throws Exception {
        String why = NamespacedOrthanc.unavailable();
        assumeTrue("Orthanc test skipped: " + why, why == null);
        dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "orthanc-load");
        Path script = Path.of(LoadOrthancIT.class.getResource("/orthanc/make_series.py").toURI());
        Process p = new ProcessBuilder(NamespacedOrthanc.PYTHON.toString(), script.toString(), dir.toString(),
                Integer.toString(SLICES), Integer.toString(SIZE)).redirectErrorStream(true).start();
        assertTrue("make_series.py finished", p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assumeTrue("Orthanc test skipped: the series could not be written: " + out, p.exitValue() == 0);
        manifest = new ObjectMapper().readTree(out.substring(out.lastIndexOf("\n[") + 1));
        orthanc = new NamespacedOrthanc(dir);
        for (JsonNode series : manifest) {
            for (JsonNode instance : series.path("instances")) {
                orthanc.upload(Path.of(instance.path("file").asText()));
            }
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        if (orthanc != null) {
            orthanc.close();
        }
    }

    @Test
    public void everySavedFrameEqualsAnIndependentDecodeInEverySyntax() throws Exception {
        Path save = dir.resolve("saved");
        List<String> args = new ArrayList<>(List.of("--load", orthanc.dicomWeb().toString()));
        for (JsonNode series : manifest) {
            args.addAll(List.of("--study", series.path("study").asText(), "--series", series.path("series").asText()));
        }
        args.addAll(List.of("--save", save.toString()));
        GlimpseLoad.Run run = GlimpseLoad.launch(args);
        assertEquals("exit status; output:\n" + run.output(), 0, run.status());
        List<String> compared = new ArrayList<>();
        for (JsonNode series : manifest) {
            String syntax = series.path("transferSyntax").asText();
            for (JsonNode instance : series.path("instances")) {
                String sop = instance.path("sopInstanceUid").asText();
                byte[] expected = Files.readAllBytes(dir.resolve(sop + ".expected"));
                Path saved = save.resolve(sop + "_1.raw");
                assertTrue(syntax + ": " + saved + " written; output:\n" + run.output(), Files.isRegularFile(saved));
                assertArrayEquals(syntax + " " + sop, expected, Files.readAllBytes(saved));
                JsonNode sidecar = new ObjectMapper().readTree(save.resolve(sop + "_1.json").toFile());
                assertEquals(syntax + " sidecar", SIZE, sidecar.path("width").asInt());
                assertEquals(syntax + " sidecar", "FULL_RESOLUTION", sidecar.path("quality").asText());
                compared.add(syntax);
            }
        }
        assertEquals("frames compared: " + compared, 4 * SLICES, compared.size());
    }
}
