package org.glimpse.retrieve.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.NearbyFrame;
import org.glimpse.api.retrieve.RequestType;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveOptions;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Import of configurations as Cornerstone3D users write them, and export that reads back equal. */
class RetrieveConfigurationJsonTest {
    private final RetrieveConfigurationJson json = new RetrieveConfigurationJson();

    static List<String> builtInNames() {
        return List.copyOf(BuiltInConfigurations.all().keySet());
    }

    @ParameterizedTest
    @MethodSource("builtInNames")
    void everyBuiltInReadsBackEqualAfterExport(String name) {
        RetrieveConfiguration c = BuiltInConfigurations.byName(name).orElseThrow();
        String text = json.write(c);
        assertEquals(c, json.read(text, "ignored"), "round trip of " + name + " through\n" + text);
    }

    @Test
    void glimpseExtensionsAndEveryOptionSurviveARoundTrip() {
        RetrieveOptions o = new RetrieveOptions("/htj2k/frames/", Map.of("accept", "image/jhc", "lossy", ""), true,
                3, 16_384, 1, ImageQualityStatus.LOSSY, true, true);
        RetrieveStage s = new RetrieveStage("custom", "fast", List.of(0.25, -3.0, 7.0), 3, 2, RequestType.COMPUTE, 42,
                List.of(new NearbyFrame(-2, ImageQualityStatus.FAR_REPLICATE)));
        RetrieveConfiguration c = new RetrieveConfiguration("everything", List.of(s), Map.of("fast", o,
                "default", RetrieveOptions.FULL));
        assertEquals(c, json.read(json.write(c), "ignored"), "round trip of\n" + json.write(c));
    }

    @Test
    void aCornerstoneVolumeConfigurationPastedFromJavaScriptIsAccepted() {
        String pasted = """
                {
                  // Cornerstone3D's volumeProgressive example, enum references replaced by their values
                  stages: [
                    { id: 'initialImages', positions: [0.5, 0, -1], retrieveType: 'default',
                      requestType: 'thumbnail', priority: 5,
                      nearbyFrames: [{ offset: -1, imageQualityStatus: 3 }, { offset: +2, imageQualityStatus: 1 }] },
                    { id: 'quarterThumb', decimate: 4, offset: 3, requestType: 'thumbnail',
                      retrieveType: 'multipleFast', priority: 6 },
                    { id: 'errorRetrieve' },
                  ],
                  retrieveOptions: {
                    multipleFast: { rangeIndex: 1, chunkSize: 16384, decodeLevel: 1 },
                    multipleFinal: { rangeIndex: -1 },
                    default: { urlArguments: '&accept=image/jhc', framesPath: '/frames/' },
                  },
                }
                """;
        RetrieveConfiguration c = json.read(pasted, "volume-ct");
        assertEquals("volume-ct", c.name(), "no name field: the caller's name");
        assertEquals(new RetrieveStage("initialImages", "default", List.of(0.5, 0.0, -1.0), 1, 0,
                RequestType.THUMBNAIL, 5, List.of(new NearbyFrame(-1, ImageQualityStatus.ADJACENT_REPLICATE),
                        new NearbyFrame(2, ImageQualityStatus.FAR_REPLICATE))), c.stages().get(0), "first stage");
        assertEquals(new RetrieveStage("errorRetrieve", null, List.of(), 1, 0, RequestType.INTERACTION, -5,
                List.of()), c.stages().get(2), "Cornerstone3D's defaults for an id-only stage");
        assertEquals(new RetrieveOptions(null, Map.of(), false, 1, 16_384, 1, null, false, false),
                c.retrieveOptions().get("multipleFast"), "range options");
        assertEquals(Map.of("accept", "image/jhc"), c.retrieveOptions().get("default").urlArguments(),
                "leading '&' dropped");
    }

    @Test
    void retrieveOptionsAloneMeanCornerstonesSingleStage() {
        RetrieveConfiguration c = json.read("{\"retrieveOptions\": {\"single\": {\"streaming\": true}}}", "stream");
        assertEquals(BuiltInConfigurations.byName("single").orElseThrow().stages(), c.stages(),
                "Cornerstone3D uses singleRetrieveStages when stages are absent");
        assertTrue(c.optionsFor(c.stages().get(0)).streaming(), "the 'single' options apply");
    }

    @Test
    void qualityStatusesMayBeWrittenAsNames() {
        RetrieveConfiguration c = json.read("{stages: [{id: 'a', retrieveType: 'x'}], retrieveOptions: {x: "
                + "{imageQualityStatus: 'subresolution'}}}", "n");
        assertEquals(ImageQualityStatus.SUBRESOLUTION, c.retrieveOptions().get("x").imageQualityStatus(), "by name");
    }

    @Test
    void theExportIsCornerstoneShaped() {
        String text = json.write(BuiltInConfigurations.byName("interleaved").orElseThrow());
        assertTrue(text.contains("\"requestType\" : \"thumbnail\""), "request types as Cornerstone3D's strings:\n"
                + text);
        assertTrue(text.contains("\"imageQualityStatus\" : 3"), "statuses as Cornerstone3D's numbers:\n" + text);
        assertTrue(text.contains("\"positions\" : [ 0.5, 0, -1 ]"), "positions as written in Cornerstone3D:\n"
                + text);
        assertFalse(text.contains("rangeEndsAtResolution"), "extensions only when used:\n" + text);
    }
}
