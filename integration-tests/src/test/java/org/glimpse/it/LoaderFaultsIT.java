package org.glimpse.it;

import static org.glimpse.it.LoaderIT.await;
import static org.glimpse.it.LoaderIT.framesDir;
import static org.glimpse.it.LoaderIT.raw;
import static org.glimpse.it.SampleSeries.byRole;
import static org.glimpse.it.SampleSeries.location;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.loader.ProgressiveLoader;
import org.glimpse.api.loader.SeriesLoad;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SeriesKind;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The loader against a lying server: bodies reset mid-way, Range ignored, and one slice whose stored codestream
 * is corrupt (its SIZ claims another size). The load completes; the corrupt slice alone is failed, typed, and
 * every other slice is exact; once the slice is repaired a retry loads it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LoaderFaultsIT {

    private static final int CORRUPT_INSTANCE = 5;

    @Inject
    private ProgressiveLoader loader;

    @Configuration
    public Option[] config() throws Exception {
        ReferenceServerProcess.ensureStarted();
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "loader-faults");
    }

    @Test
    public void aCorruptSliceFailsAloneThroughResetsAndIgnoredRangesAndARetryLoadsItOnceRepaired()
            throws Exception {
        JsonNode ct = byRole("ct");
        FrameKey bad = new FrameKey(ct.path("studyInstanceUid").asText(), ct.path("seriesInstanceUid").asText(),
                ct.path("instances").get(CORRUPT_INSTANCE).path("sopInstanceUid").asText(), 1);
        Path stored = framesDir(bad).resolve("1.htj2k");
        byte[] original = Files.readAllBytes(stored);
        try {
            Files.write(stored, corruptSiz(original));
            for (String fault : List.of("reset-after=1500", "ignore-range")) {
                RecordingSink sink = new RecordingSink();
                SeriesLoad load = loader.load(new LoadRequest(location(ct), SeriesKind.STACK, null, faulted(fault),
                        null), sink);
                assertOnlyTheCorruptSliceFailed(fault, bad, sink, await(load, sink));
                if (fault.equals("ignore-range")) {
                    Files.write(stored, original);
                    LoadOutcome retried = load.retryFailed().get(60, TimeUnit.SECONDS);
                    assertEquals("after the repair: " + retried, LoadOutcome.Kind.FINISHED, retried.kind());
                    assertExact(fault + " retried", sink, bad);
                }
            }
        } finally {
            Files.write(stored, original);
        }
    }

    private static void assertOnlyTheCorruptSliceFailed(String fault, FrameKey bad, RecordingSink sink,
            LoadOutcome outcome) throws Exception {
        assertEquals(fault + ": " + outcome, LoadOutcome.Kind.FAILED, outcome.kind());
        assertEquals(fault + " failed frames " + sink.failures, 1, outcome.framesFailed());
        FrameFailure f = sink.failures.get(bad);
        assertEquals(fault + ": " + f, FrameFailure.Where.CODEC, f.where());
        assertEquals(fault + ": " + f, "MALFORMED", f.kind());
        assertEquals(fault + ": the outcome names the slice's failure", f, outcome.failure());
        for (FrameKey k : sink.descriptor.frames()) {
            if (!k.equals(bad)) {
                assertExact(fault, sink, k);
            }
        }
    }

    private static void assertExact(String what, RecordingSink sink, FrameKey k) throws Exception {
        DecodedFrame last = sink.last(k);
        assertEquals(what + " " + k, ImageQualityStatus.FULL_RESOLUTION, last.quality());
        PixelBuffer.Shorts px = (PixelBuffer.Shorts) last.pixels();
        assertArrayEquals(what + " " + k, raw(k), Arrays.copyOfRange(px.values(), px.offset(),
                px.offset() + px.length()));
    }

    /** The codestream with SIZ's Xsiz (bytes 8-11, after SOC, SIZ, Lsiz and Rsiz) set to 65536. */
    private static byte[] corruptSiz(byte[] codestream) {
        assertTrue("SOC then SIZ", (codestream[0] & 0xFF) == 0xFF && (codestream[1] & 0xFF) == 0x4F
                && (codestream[3] & 0xFF) == 0x51);
        byte[] bad = codestream.clone();
        bad[8] = 0;
        bad[9] = 1;
        bad[10] = 0;
        bad[11] = 0;
        return bad;
    }

    /** A 4 KB first range then the rest, every request carrying the server fault. */
    private static RetrieveConfiguration faulted(String fault) {
        Map<String, String> args = Map.of("fault", fault);
        return new RetrieveConfiguration("faulted", List.of(
                new RetrieveStage("first", "first", List.of(), 1, 0, RequestType.INTERACTION, 0, List.of()),
                new RetrieveStage("rest", "rest", List.of(), 1, 0, RequestType.INTERACTION, 1, List.of())), Map.of(
                "first", new RetrieveOptions(null, args, false, 0, 4_096, null, null, false, false),
                "rest", new RetrieveOptions(null, args, false, -1, 4_096, null, null, false, false)));
    }
}
