package org.glimpse.retrieve.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glimpse.retrieve.internal.validate.ConfigurationValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a configuration is rejected: the message names the configuration, the field and the value. */
class RetrieveConfigurationJsonValidationTest {
    private final RetrieveConfigurationJson json = new RetrieveConfigurationJson();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level field    | {stages: [{id: 'a'}], retreiveOptions: {}}               | retreiveOptions: unknown field (known: name, retrieveOptions, stages)
            stages not an array        | {stages: {id: 'a'}}                                      | stages: expected an array, was {"id":"a"}
            stages empty               | {stages: []}                                             | stages: is empty
            stage not an object        | {stages: ['a']}                                          | stages[0]: expected a JSON object, was "a"
            stage without id           | {stages: [{retrieveType: 'x'}]}                          | stages[0].id: required
            stage id empty             | {stages: [{id: ' '}]}                                    | stages[0].id: must not be empty, was " "
            stage id not a string      | {stages: [{id: 4}]}                                      | stages[0].id: expected a string, was 4
            duplicate stage id         | {stages: [{id: 'a'}, {id: 'a'}]}                         | stages[1].id: "a" is used by an earlier stage
            unknown stage field        | {stages: [{id: 'a', decimation: 4}]}                     | stages[0].decimation: unknown field (known: decimate, id, nearbyFrames, offset, positions, priority, requestType, retrieveType)
            retrieveType not a string  | {stages: [{id: 'a', retrieveType: 1}]}                   | stages[0].retrieveType: expected a string, was 1
            decimate as text           | {stages: [{id: 'a', decimate: '4'}]}                     | stages[0].decimate: expected a whole number, was "4"
            decimate zero              | {stages: [{id: 'a', decimate: 0}]}                       | stages[0].decimate: must be ≥ 1, was 0
            decimate fraction          | {stages: [{id: 'a', decimate: 2.5}]}                     | stages[0].decimate: expected a whole number, was 2.5
            offset negative            | {stages: [{id: 'a', offset: -1}]}                        | stages[0].offset: must be in [0, decimate=1), was -1
            offset beyond decimate     | {stages: [{id: 'a', decimate: 4, offset: 4}]}            | stages[0].offset: must be in [0, decimate=4), was 4
            priority fraction          | {stages: [{id: 'a', priority: 0.5}]}                     | stages[0].priority: expected a whole number, was 0.5
            unknown request type       | {stages: [{id: 'a', requestType: 'urgent'}]}             | stages[0].requestType: must be one of interaction, thumbnail, prefetch, compute, was "urgent"
            positions not an array     | {stages: [{id: 'a', positions: 0.5}]}                    | stages[0].positions: expected an array, was 0.5
            positions empty            | {stages: [{id: 'a', positions: []}]}                     | stages[0].positions: is empty (omit it to select frames by decimate/offset)
            position as text           | {stages: [{id: 'a', positions: ['0.5']}]}                | stages[0].positions[0]: expected a number, was "0.5"
            fractional negative        | {stages: [{id: 'a', positions: [0, -0.5]}]}              | stages[0].positions[1]: must be in [0, 1) (relative), a negative whole number (from the end, -1 = last) or a whole number ≥ 1 (frame index), was -0.5
            fractional absolute        | {stages: [{id: 'a', positions: [2.5]}]}                  | stages[0].positions[0]: must be in [0, 1)
            nearbyFrames not an array  | {stages: [{id: 'a', nearbyFrames: 1}]}                   | stages[0].nearbyFrames: expected an array, was 1
            nearby not an object       | {stages: [{id: 'a', nearbyFrames: [1]}]}                 | stages[0].nearbyFrames[0]: expected a JSON object, was 1
            nearby without offset      | {stages: [{id: 'a', nearbyFrames: [{}]}]}                | stages[0].nearbyFrames[0].offset: required, a whole number other than 0
            nearby offset zero         | {stages: [{id: 'a', nearbyFrames: [{offset: 0}]}]}       | stages[0].nearbyFrames[0].offset: must not be 0 (a frame cannot borrow its own image)
            nearby unknown field       | {stages: [{id: 'a', nearbyFrames: [{offset: 1, status: 3}]}]} | stages[0].nearbyFrames[0].status: unknown field (known: imageQualityStatus, offset)
            nearby not a replicate     | {stages: [{id: 'a', nearbyFrames: [{offset: 1, imageQualityStatus: 8}]}]} | stages[0].nearbyFrames[0].imageQualityStatus: must be a replicate status (1 FAR_REPLICATE or 3 ADJACENT_REPLICATE), was 8 FULL_RESOLUTION
            unknown status number      | {stages: [{id: 'a', nearbyFrames: [{offset: 1, imageQualityStatus: 2}]}]} | stages[0].nearbyFrames[0].imageQualityStatus: Unknown imageQualityStatus 2 (known: 1, 3, 6, 7, 8)
            unknown status name        | {retrieveOptions: {x: {imageQualityStatus: 'BLURRY'}}}   | retrieveOptions.x.imageQualityStatus: unknown status "BLURRY"
            retrieveOptions not object | {retrieveOptions: []}                                    | retrieveOptions: expected a JSON object, was []
            options not an object      | {retrieveOptions: {x: true}}                             | retrieveOptions.x: expected a JSON object, was true
            unknown option             | {retrieveOptions: {x: {minChunkSize: 1}}}                | retrieveOptions.x.minChunkSize: unknown field (known: chunkSize, decodeLevel, decodeLevelFromDisplay, framesPath, imageQualityStatus, rangeEndsAtResolution, rangeIndex, streaming, urlArguments)
            framesPath relative        | {retrieveOptions: {x: {framesPath: 'jls/'}}}             | retrieveOptions.x.framesPath: must start with '/' (it replaces '/frames/' in the URL), was "jls/"
            urlArguments not a string  | {retrieveOptions: {x: {urlArguments: {accept: 'a'}}}}    | retrieveOptions.x.urlArguments: expected a string, was {"accept":"a"}
            urlArguments nameless      | {retrieveOptions: {x: {urlArguments: 'a=1&=2'}}}         | retrieveOptions.x.urlArguments: argument '=2' has no name in "a=1&=2"
            urlArguments repeated      | {retrieveOptions: {x: {urlArguments: 'a=1&a=2'}}}        | retrieveOptions.x.urlArguments: argument 'a' is given twice in "a=1&a=2"
            streaming as text          | {retrieveOptions: {x: {streaming: 'yes'}}}               | retrieveOptions.x.streaming: expected true or false, was "yes"
            rangeIndex below -1        | {retrieveOptions: {x: {rangeIndex: -2}}}                 | retrieveOptions.x.rangeIndex: must be ≥ 0 (range number) or -1 (the rest), was -2
            chunkSize zero             | {retrieveOptions: {x: {chunkSize: 0}}}                   | retrieveOptions.x.chunkSize: must be > 0 bytes, was 0
            chunkSize too big          | {retrieveOptions: {x: {chunkSize: 1e12}}}                | retrieveOptions.x.chunkSize: expected a whole number, was 1.0E12
            decodeLevel negative       | {retrieveOptions: {x: {decodeLevel: -1}}}                | retrieveOptions.x.decodeLevel: must be in [0, 32] (0 = full resolution), was -1
            range end without range    | {retrieveOptions: {x: {rangeEndsAtResolution: true}}}    | retrieveOptions.x.rangeEndsAtResolution: true needs a first range to end: rangeIndex ≥ 0, was absent
            range end on the rest      | {retrieveOptions: {x: {rangeIndex: -1, rangeEndsAtResolution: true}}} | retrieveOptions.x.rangeEndsAtResolution: true needs a first range to end: rangeIndex ≥ 0, was -1
            display level as text      | {retrieveOptions: {x: {decodeLevelFromDisplay: 1}}}      | retrieveOptions.x.decodeLevelFromDisplay: expected true or false, was 1
            name empty                 | {name: '', stages: [{id: 'a'}]}                          | name: must not be empty
            name not a string          | {name: 5}                                                | name: expected a string, was 5
            not an object              | [1, 2]                                                   | json: expected a JSON object, was [1,2]
            duplicate key              | {stages: [{id: 'a', id: 'b'}]}                           | json: not valid JSON at line 1 column
            broken JSON                | {stages: [{id: 'a'}                                      | json: not valid JSON at line 1 column
            """)
    void rejectsNamingTheFieldAndValue(String what, String text, String expected) {
        ConfigurationValidationException e = assertThrows(ConfigurationValidationException.class,
                () -> json.read(text, "site-a"), what);
        assertTrue(e.getMessage().startsWith("Retrieve configuration '"), "prefix of: " + e.getMessage());
        assertTrue(e.getMessage().contains("' validation failed: "), "prefix of: " + e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected)) || e.getMessage().contains(expected),
                what + ": expected a problem starting with\n  " + expected + "\nin\n  " + e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnceUnderTheConfigurationName() {
        ConfigurationValidationException e = assertThrows(ConfigurationValidationException.class,
                () -> json.read("{stages: [{id: 'a', decimate: 0}, {positions: [2.5]}], retrieveOptions: "
                        + "{x: {rangeIndex: -7}}, extra: 1}", "site-a"));
        assertEquals(List.of("extra: unknown field (known: name, retrieveOptions, stages)",
                "stages[0].decimate: must be ≥ 1, was 0",
                "stages[1].id: required: a non-empty string naming the stage",
                "stages[1].positions[0]: must be in [0, 1) (relative), a negative whole number (from the end,"
                        + " -1 = last) or a whole number ≥ 1 (frame index), was 2.5",
                "retrieveOptions.x.rangeIndex: must be ≥ 0 (range number) or -1 (the rest), was -7"),
                e.problems(), "all problems, in document order");
        assertTrue(e.getMessage().startsWith("Retrieve configuration 'site-a' validation failed: extra: unknown"),
                e.getMessage());
    }

    @Test
    void usesTheNameInsideTheJsonInTheMessage() {
        ConfigurationValidationException e = assertThrows(ConfigurationValidationException.class,
                () -> json.read("{name: 'ct-fast', stages: []}", "site-a"));
        assertTrue(e.getMessage().startsWith("Retrieve configuration 'ct-fast' validation failed: stages: is empty"),
                e.getMessage());
    }

    @Test
    void emptyTextIsRejected() {
        ConfigurationValidationException e = assertThrows(ConfigurationValidationException.class,
                () -> json.read("  ", "site-a"));
        assertTrue(e.getMessage().contains("json: is empty"), e.getMessage());
    }
}
