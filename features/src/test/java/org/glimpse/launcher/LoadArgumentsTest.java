package org.glimpse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadArgumentsTest {

    @Test
    void eachSeriesBelongsToTheLastStudyAndVolumeToTheSeriesBeforeIt() {
        Map<String, String> p = LoadArguments.parse(new String[] {"--load", "http://h/dicomweb", "--config",
            "interleaved", "--study", "1.1", "--series", "1.1.1", "--study", "2.2", "--series", "2.2.1", "--volume",
            "--series", "2.2.2", "--json", "m.json", "--save", "out", "--png", "png", "--warmups", "1", "--timeout",
            "60", "--cancel-after", "300", "--warm-requests", "400", "--server-pid", "4321"});
        assertEquals("http://h/dicomweb", p.get("glimpse.load.url"));
        assertEquals("1.1/1.1.1/stack 2.2/2.2.1/volume 2.2/2.2.2/stack", p.get("glimpse.load.series"));
        assertEquals("interleaved", p.get("glimpse.load.config"));
        assertEquals("m.json", p.get("glimpse.load.json"));
        assertEquals("out", p.get("glimpse.load.save"));
        assertEquals("png", p.get("glimpse.load.png"));
        assertEquals("1", p.get("glimpse.load.warmups"));
        assertEquals("400", p.get("glimpse.load.warmRequests"));
        assertEquals("60", p.get("glimpse.load.timeout"));
        assertEquals("300", p.get("glimpse.load.cancelAfter"));
        assertEquals("4321", p.get("glimpse.load.serverPid"));
    }

    @Test
    void aConfigurationAfterASeriesIsThatSeriesOwn() {
        Map<String, String> p = LoadArguments.parse(new String[] {"--load", "http://h/d", "--config", "single",
            "--study", "1", "--series", "1.1", "--series", "1.2", "--volume", "--config", "glimpse-volume"});
        assertEquals("single", p.get("glimpse.load.config"));
        assertEquals("glimpse-volume", p.get("glimpse.load.config.1"));
        assertEquals(null, p.get("glimpse.load.config.0"));
    }

    @Test
    void aWrongCommandLineIsNamedInOneMessage() {
        assertEquals("--series 1.1.1 needs a --study before it", message("--load", "http://h/d", "--series", "1.1.1"));
        assertEquals("--volume must follow the --series it applies to", message("--load", "http://h/d", "--volume"));
        assertEquals("unknown argument '--serie'", message("--load", "http://h/d", "--study", "1", "--serie", "2"));
        assertEquals("--study needs a value", message("--load", "http://h/d", "--study", "--series", "2"));
        assertEquals("give a DICOMweb base URL (--load URL) and at least one --study UID --series UID",
                message("--load", "http://h/d", "--study", "1"));
    }

    private static String message(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> LoadArguments.parse(args)).getMessage();
    }
}
