package org.glimpse.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PID's defaults, the mapping of every key, and validation messages. */
class TransportConfigurationTest {

    /** What SCR hands the component: annotation methods answered from properties, else defaults. */
    private static TransportConfiguration config(Map<String, Object> props) {
        return (TransportConfiguration) Proxy.newProxyInstance(TransportConfiguration.class.getClassLoader(),
                new Class<?>[] {TransportConfiguration.class}, (proxy, method, args) -> props.containsKey(method.getName())
                        ? props.get(method.getName()) : method.getDefaultValue());
    }

    @Test
    void defaultsMatchTheDocumentedSettings() {
        assertEquals(TransportSettings.DEFAULTS, TransportSettingsMapping.from(config(Map.of())),
                "metatype defaults = TransportSettings.DEFAULTS");
    }

    @Test
    void mapsEveryKey() {
        TransportSettings s = TransportSettingsMapping.from(config(Map.of("maxConnectionsPerHost", 2,
                "cleartextHttp2", true, "connectTimeoutMillis", 7L, "idleTimeoutMillis", 9L, "maxRetries", 4,
                "retryBackoffMillis", 11L)));
        assertEquals(new TransportSettings(2, true, 7, 9, 4, 11), s, "each key lands in its field");
    }

    @Test
    void rejectsAZeroConnectionLimitNamingThePidAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransportSettingsMapping.from(config(Map.of("maxConnectionsPerHost", 0))));
        assertTrue(e.getMessage().contains("glimpse.transport") && e.getMessage().contains("maxConnectionsPerHost")
                && e.getMessage().contains("was 0"), "message: " + e.getMessage());
    }

    @Test
    void rejectsNegativeRetriesNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransportSettingsMapping.from(config(Map.of("maxRetries", -1))));
        assertTrue(e.getMessage().contains("maxRetries") && e.getMessage().contains("-1"), "message: " + e.getMessage());
    }
}
