package org.glimpse.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.it.GlimpseLoad.Run;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code glimpse load} as a site administrator runs it: the assembled workstation in a process of its own,
 * its launcher given a DICOMweb URL and UIDs, the series loaded through the Felix-wired services by the
 * workbench's headless host. Saved frames must equal the server's stored values byte for byte; bad input must
 * end in one line naming what was wrong and a non-zero exit.
 */
public class LoadCommandIT {

    @BeforeClass
    public static void startServer() throws IOException {
        ReferenceServerProcess.ensureStarted();
    }

    @Test
    public void everySavedFrameOfAVolumeAndAMultiFrameInstanceEqualsTheStoredValues() throws Exception {
        Path save = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "load-save");
        Path json = save.resolve("metrics.json");
        List<String> args = new ArrayList<>(List.of("--load", wadoRoot()));
        JsonNode ct = SampleSeries.byRole("ct");
        JsonNode multi = SampleSeries.byRole("multiframe");
        args.addAll(List.of("--study", ct.path("studyInstanceUid").asText(), "--series",
                ct.path("seriesInstanceUid").asText(), "--volume", "--study", multi.path("studyInstanceUid").asText(),
                "--series", multi.path("seriesInstanceUid").asText(), "--save", save.toString(), "--json",
                json.toString()));
        Run run = launch(args);
        assertEquals("exit status; output:\n" + run.output(), 0, run.status());
        int compared = 0;
        for (JsonNode series : List.of(ct, multi)) {
            for (JsonNode instance : series.path("instances")) {
                String sop = instance.path("sopInstanceUid").asText();
                for (int f = 1; f <= instance.path("frames").asInt(1); f++) {
                    Path stored = dataTree(series, sop).resolve("frames/" + f + ".raw");
                    Path saved = save.resolve(sop + "_" + f + ".raw");
                    assertTrue("saved " + saved + "; output:\n" + run.output(), Files.isRegularFile(saved));
                    assertArrayEquals(sop + " frame " + f, Files.readAllBytes(stored), Files.readAllBytes(saved));
                    JsonNode sidecar = new ObjectMapper().readTree(save.resolve(sop + "_" + f + ".json").toFile());
                    assertEquals("FULL_RESOLUTION", sidecar.path("quality").asText());
                    assertEquals(0, sidecar.path("reduce").asInt());
                    compared++;
                }
            }
        }
        assertTrue("frames compared: " + compared, compared >= 2 * 2);
        JsonNode metrics = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, metrics.path("series").size());
        assertTrue("every slice shown: " + metrics, metrics.path("series").get(0).path("everyFrameShownMs").isNumber());
    }

    @Test
    public void aServerThatDoesNotAnswerIsNamedAndTheExitIsNonZero() throws Exception {
        String url;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            url = "http://127.0.0.1:" + s.getLocalPort() + "/dicomweb";
        }
        JsonNode ct = SampleSeries.byRole("ct");
        Run run = launch(List.of("--load", url, "--study", ct.path("studyInstanceUid").asText(), "--series",
                ct.path("seriesInstanceUid").asText()));
        assertEquals("exit status; output:\n" + run.output(), 1, run.status());
        assertTrue("a line names the URL that failed:\n" + run.output(), run.lineWith(url + "/studies/") != null);
    }

    @Test
    public void aWrongSeriesUidIsNamedWithTheServersAnswer() throws Exception {
        JsonNode ct = SampleSeries.byRole("ct");
        Run run = launch(List.of("--load", wadoRoot(), "--study", ct.path("studyInstanceUid").asText(), "--series",
                "1.2.3.999"));
        assertEquals("exit status; output:\n" + run.output(), 1, run.status());
        String line = run.lineWith("1.2.3.999");
        assertTrue("a line names the series:\n" + run.output(), line != null && line.contains("404"));
    }

    @Test
    public void anUnknownConfigurationIsRefusedBeforeAnyRequest() throws Exception {
        JsonNode ct = SampleSeries.byRole("ct");
        Run run = launch(List.of("--load", wadoRoot(), "--study", ct.path("studyInstanceUid").asText(), "--series",
                ct.path("seriesInstanceUid").asText(), "--config", "no-such-configuration"));
        assertEquals("exit status; output:\n" + run.output(), 1, run.status());
        String line = run.lineWith("unknown retrieve configuration 'no-such-configuration'");
        assertTrue("the known names are listed:\n" + run.output(), line != null && line.contains("interleaved"));
    }

    @Test
    public void aConfigurationFileThatDoesNotValidateIsNamedWithItsProblem() throws Exception {
        Path file = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "bad-config", ".json");
        Files.writeString(file, "{stages: [{id: 'all', decimate: 0}], retrieveOptions: {}}");
        JsonNode ct = SampleSeries.byRole("ct");
        Run run = launch(List.of("--load", wadoRoot(), "--study", ct.path("studyInstanceUid").asText(), "--series",
                ct.path("seriesInstanceUid").asText(), "--config", file.toString()));
        assertEquals("exit status; output:\n" + run.output(), 1, run.status());
        String line = run.lineWith(file.getFileName().toString());
        assertTrue("the file and the field are named:\n" + run.output(), line != null && line.contains("decimate"));
    }

    @Test
    public void aMalformedCommandLineExitsWithUsageStatus() throws Exception {
        Run run = launch(List.of("--load", wadoRoot(), "--series", "1.2.3"));
        assertEquals("exit status; output:\n" + run.output(), 2, run.status());
        assertTrue(run.output(), run.lineWith("glimpse: --series 1.2.3 needs a --study before it") != null);
    }

    private static String wadoRoot() {
        return System.getProperty(ReferenceServerProcess.WADO_ROOT);
    }

    private static Path dataTree(JsonNode series, String sop) {
        return Path.of(System.getProperty(ReferenceServerProcess.DATA_ROOT), "dicomweb", "studies",
                series.path("studyInstanceUid").asText(), "series", series.path("seriesInstanceUid").asText(),
                "instances", sop);
    }

    private static Run launch(List<String> args) throws Exception {
        return GlimpseLoad.launch(args);
    }
}
