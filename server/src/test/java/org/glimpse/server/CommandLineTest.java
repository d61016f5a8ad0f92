package org.glimpse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static final java.util.Set<String> NAMES = CommandLine.names("--port", "--data", "--profile");

    @Test
    void readsValuesAndFallsBackToDefaults() {
        CommandLine cl = new CommandLine(new String[] {"--port", "9000", "--data", "somewhere"}, NAMES);
        assertEquals(9000, cl.port("--port", 8080));
        assertEquals(Path.of("somewhere").toAbsolutePath(), cl.dataRoot());
        assertEquals("local", cl.get("--profile", "local"));
    }

    @Test
    void rejectsUnknownOptionsMissingValuesAndBadPortsByName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new CommandLine(new String[] {"--prot", "1"}, NAMES));
        assertTrue(unknown.getMessage().contains("'--prot'") && unknown.getMessage().contains("--port"),
                unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new CommandLine(new String[] {"--port"}, NAMES));
        assertTrue(missing.getMessage().contains("--port needs a value"), missing.getMessage());
        CommandLine cl = new CommandLine(new String[] {"--port", "70000"}, NAMES);
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> cl.port("--port", 0));
        assertTrue(port.getMessage().contains("'70000'"), port.getMessage());
    }

    @Test
    void switchesTakeNoValueAndAreListedWithTheOptions() {
        java.util.Set<String> flags = CommandLine.names("--tls");
        CommandLine cl = new CommandLine(new String[] {"--tls", "--port", "1"}, NAMES, flags);
        assertTrue(cl.flag("--tls"), "--tls given");
        assertEquals(1, cl.port("--port", 0), "the option after the switch keeps its value");
        assertTrue(!new CommandLine(new String[0], NAMES, flags).flag("--tls"), "--tls not given");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new CommandLine(new String[] {"--tsl"}, NAMES, flags));
        assertTrue(unknown.getMessage().contains("--tls"), unknown.getMessage());
    }
}
