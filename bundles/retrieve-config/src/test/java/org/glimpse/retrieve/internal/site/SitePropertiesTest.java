package org.glimpse.retrieve.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.glimpse.retrieve.internal.validate.ConfigurationValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code glimpse.site} properties, in Airlift's four-test pattern: defaults, every key mapped, the
 * string form that configuration files deliver, and validations.
 */
class SitePropertiesTest {
    private static final String PREFIX = "https://pacs.example.org/dicomweb";
    private final SiteProperties parser = new SiteProperties();

    @TempDir
    Path dir;

    @Test
    void defaultsAreThoseOfTheMetatype() {
        SiteDefinition d = parser.parse(Map.of("urlPrefix", PREFIX, "service.pid", "glimpse.site~ct"));
        SiteSettings s = d.settings();
        assertEquals("ct", s.name(), "name from the PID glimpse.site~ct when none is given");
        assertEquals(SiteProperties.defaultValue("stackConfiguration"), s.stackConfiguration().name(), "stack");
        assertEquals("sequential", s.stackConfiguration().name(), "stack default");
        assertEquals("interleaved", s.volumeConfiguration().name(), "volume default");
        assertEquals(List.of(), s.preferredTransferSyntaxes(), "server's choice");
        assertNull(s.authScheme(), "no credentials");
        assertEquals(SiteProperties.defaultValue("maxConnections"), s.maxConnections(), "connections");
        assertEquals(6, s.maxConnections(), "Cornerstone3D's six requests per type");
        assertNull(s.trustStore(), "the JDK's trust store");
        assertNull(s.cleartextHttp2(), "the transport's HTTP version by default");
        assertTrue(d.enabled(), "enabled by default");
        assertEquals("glimpse.site~ct", d.pid(), "PID kept for messages");
    }

    @Test
    void everyMetatypeAttributeIsAKeyTheParserKnows() {
        List<String> attributes = Arrays.stream(SiteConfig.class.getDeclaredMethods()).map(Method::getName).sorted()
                .toList();
        assertEquals(SiteProperties.KEYS.stream().sorted().toList(), attributes,
                "SiteConfig (metatype) and SiteProperties (parser) must define the same keys");
    }

    @Test
    void everyKeyIsMapped() throws IOException {
        Path store = Files.write(dir.resolve("site.p12"), new byte[] {1});
        Map<String, Object> p = new HashMap<>();
        p.put("name", "Radiology");
        p.put("urlPrefix", PREFIX);
        p.put("stackConfiguration", "htj2k-streaming");
        p.put("volumeConfiguration", "{name: 'ct-volume', stages: [{id: 'all', retrieveType: 'x'}]}");
        p.put("preferredTransferSyntaxes", new String[] {"1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.80"});
        p.put("authScheme", "hospital-oidc");
        p.put("maxConnections", 12);
        p.put("trustStore", store.toString());
        p.put("cleartextHttp2", true);
        p.put("enabled", false);
        SiteDefinition d = parser.parse(p);
        SiteSettings s = d.settings();
        assertEquals("Radiology", s.name(), "name");
        assertEquals(PREFIX, s.urlPrefix(), "urlPrefix");
        assertEquals(BuiltInConfigurations.byName("htj2k-streaming").orElseThrow(), s.stackConfiguration(), "stack");
        assertEquals("ct-volume", s.volumeConfiguration().name(), "volume from JSON");
        assertEquals("all", s.volumeConfiguration().stages().get(0).id(), "volume stages from JSON");
        assertEquals(List.of("1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.80"), s.preferredTransferSyntaxes(),
                "syntaxes in order");
        assertEquals("hospital-oidc", s.authScheme(), "authScheme");
        assertEquals(12, s.maxConnections(), "maxConnections");
        assertEquals(store.toString(), s.trustStore(), "trustStore");
        assertEquals(Boolean.TRUE, s.cleartextHttp2(), "cleartextHttp2");
        assertFalse(d.enabled(), "enabled");
    }

    @Test
    void valuesFromAConfigurationFileArriveAsTextAndAreCoerced() {
        Map<String, Object> p = new HashMap<>();
        p.put("urlPrefix", " " + PREFIX + " ");
        p.put("preferredTransferSyntaxes", "1.2.840.10008.1.2.4.202, 1.2.840.10008.1.2.1");
        p.put("maxConnections", " 3 ");
        p.put("enabled", "FALSE");
        p.put("cleartextHttp2", " false ");
        p.put("felix.fileinstall.filename", "file:/opt/glimpse/conf/configs/glimpse.site-mri.cfg");
        p.put("service.pid", "glimpse.site.4f1c");
        p.put("service.factoryPid", "glimpse.site");
        SiteDefinition d = parser.parse(p);
        assertEquals(PREFIX, d.settings().urlPrefix(), "trimmed");
        assertEquals(List.of("1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.1"),
                d.settings().preferredTransferSyntaxes(), "comma list");
        assertEquals(3, d.settings().maxConnections(), "number from text");
        assertFalse(d.enabled(), "boolean from text");
        assertEquals(Boolean.FALSE, d.settings().cleartextHttp2(), "HTTP/1.1 asked for in text");
        assertEquals("mri", d.settings().name(), "name from the file glimpse.site-mri.cfg");

        p.put("preferredTransferSyntaxes", "[\"1.2.840.10008.1.2.4.80\", \"1.2.840.10008.1.2.1\"]");
        p.put("maxConnections", 4L);
        assertEquals(List.of("1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.1"),
                parser.parse(p).settings().preferredTransferSyntaxes(), "Felix array syntax");
        p.put("preferredTransferSyntaxes", List.of("1.2.840.10008.1.2.4.80"));
        assertEquals(List.of("1.2.840.10008.1.2.4.80"), parser.parse(p).settings().preferredTransferSyntaxes(),
                "collection");
        p.put("preferredTransferSyntaxes", "");
        assertEquals(List.of(), parser.parse(p).settings().preferredTransferSyntaxes(), "empty text = none");
        p.put("cleartextHttp2", " ");
        assertNull(parser.parse(p).settings().cleartextHttp2(), "empty text = the transport's default");
    }

    @Test
    void eachInvalidValueIsNamedWithItsKeyAndValue() {
        assertRejected(Map.of(), "urlPrefix: required");
        assertRejected(Map.of("urlPrefix", "  "), "urlPrefix: required");
        assertRejected(Map.of("urlPrefix", "ftp://pacs/dicomweb"), "urlPrefix: 'ftp://pacs/dicomweb' must be an"
                + " absolute http or https URL with a host");
        assertRejected(Map.of("urlPrefix", "dicomweb"), "urlPrefix: 'dicomweb' must be an absolute");
        assertRejected(Map.of("urlPrefix", PREFIX + "?a=1"), "urlPrefix: '" + PREFIX + "?a=1' must not have a query");
        assertRejected(Map.of("urlPrefix", "http://pacs/a b"), "urlPrefix: 'http://pacs/a b' is not a URL: Illegal"
                + " character in path at index 13");
        assertRejected(Map.of("urlPrefix", 42), "urlPrefix: expected text, was Integer '42'");
        assertRejected(with("maxConnections", "eight"), "maxConnections: 'eight' is not a whole number");
        assertRejected(with("maxConnections", "0"), "maxConnections: must be in [1, 1024], was 0");
        assertRejected(with("maxConnections", 5000), "maxConnections: must be in [1, 1024], was 5000");
        assertRejected(with("maxConnections", 2.5), "maxConnections: expected a whole number, was Double '2.5'");
        assertRejected(with("enabled", "yes"), "enabled: 'yes' is neither true nor false");
        assertRejected(with("enabled", 1), "enabled: expected true or false, was Integer '1'");
        assertRejected(with("cleartextHttp2", "h2"), "cleartextHttp2: 'h2' is neither true nor false");
        assertRejected(with("stackConfiguration", "interleavd"), "stackConfiguration: 'interleavd' is neither a"
                + " built-in configuration (single, sequential, interleaved, htj2k-byte-range, htj2k-streaming,"
                + " jls-thumbnail, server-reduced, htj2k-level-range, glimpse-volume) nor a JSON configuration (starting with '{')");
        assertRejected(with("volumeConfiguration", "{stages: [{id: 'a', decimate: 0}]}"),
                "volumeConfiguration.stages[0].decimate: must be ≥ 1, was 0");
        assertRejected(with("volumeConfiguration", "{stages: [{id: 'a'}"), "volumeConfiguration.json: not valid JSON");
        assertRejected(with("stackConfiguration", "{name: 'interleaved', stages: [{id: 'a'}]}"),
                "stackConfiguration.name: 'interleaved' is a built-in configuration's name; choose another");
        assertRejected(with("preferredTransferSyntaxes", "1.2.840.10008.1.2.4.9O"),
                "preferredTransferSyntaxes[0]: '1.2.840.10008.1.2.4.9O' is not a UID");
        assertRejected(with("preferredTransferSyntaxes", "1.2.840.10008.01"), "preferredTransferSyntaxes[0]:"
                + " '1.2.840.10008.01' is not a UID (digits and dots, no leading zeros, at most 64 characters)");
        assertRejected(with("preferredTransferSyntaxes", "1.2.3, 1.2.3"),
                "preferredTransferSyntaxes[1]: '1.2.3' is already listed at index 0");
        assertRejected(with("preferredTransferSyntaxes", 7), "preferredTransferSyntaxes: expected a list of text,"
                + " was Integer '7'");
        assertRejected(with("trustStore", dir.resolve("missing.p12").toString()),
                "trustStore: '" + dir.resolve("missing.p12") + "' is not a readable file");
        assertRejected(with("trustStore", "a\u0000b"), "trustStore: 'a\u0000b' is not a file path");
        assertRejected(with("authScheme", 5), "authScheme: expected text, was Integer '5'");
        assertRejected(with("name", true), "name: expected text, was Boolean 'true'");
        assertRejected(with("stackConfiguration", new String[] {"single"}), "stackConfiguration: expected text, was"
                + " String[] [[single]]");
        assertRejected(with("maxConection", "4"), "maxConection: unknown property (known: name, urlPrefix,"
                + " stackConfiguration, volumeConfiguration, preferredTransferSyntaxes, authScheme, maxConnections,"
                + " trustStore, cleartextHttp2, enabled)");
    }

    @Test
    void everyProblemIsReportedAtOnceWithTheSiteAndItsSource() {
        Map<String, Object> p = new HashMap<>();
        p.put("urlPrefix", "pacs");
        p.put("maxConnections", "many");
        p.put("enabled", "on");
        p.put("service.pid", "glimpse.site~ct");
        p.put("felix.fileinstall.filename", "file:/conf/glimpse.site-ct.cfg");
        ConfigurationValidationException e = assertThrows(ConfigurationValidationException.class,
                () -> parser.parse(p));
        assertEquals(List.of("urlPrefix: 'pacs' must be an absolute http or https URL with a host",
                "maxConnections: 'many' is not a whole number", "enabled: 'on' is neither true nor false"),
                e.problems(), "all three problems");
        assertTrue(e.getMessage().startsWith("Site configuration 'ct' (glimpse.site~ct from"
                + " file:/conf/glimpse.site-ct.cfg) validation failed: urlPrefix: 'pacs'"), e.getMessage());
    }

    @Test
    void theExampleSiteFileOfTheModuleNotesIsValid() throws IOException {
        String file = """
                # conf/configs/glimpse.site-example.cfg
                urlPrefix = http://127.0.0.1:8080/dicomweb
                stackConfiguration = sequential
                volumeConfiguration = {"name": "example-volume", "stages": [{"id": "all", "retrieveType": "fast"}, \
                  {"id": "final", "retrieveType": "final"}], "retrieveOptions": {"fast": {"rangeIndex": 0, \
                  "chunkSize": 32768}, "final": {"rangeIndex": -1}}}
                preferredTransferSyntaxes = 1.2.840.10008.1.2.4.202, 1.2.840.10008.1.2.4.80, 1.2.840.10008.1.2.1
                maxConnections = 8
                enabled = true
                """;
        Properties properties = new Properties();
        properties.load(new StringReader(file));
        Map<String, Object> p = new HashMap<>();
        properties.forEach((k, v) -> p.put((String) k, v));
        p.put("service.pid", "glimpse.site~example");
        SiteDefinition d = parser.parse(p);
        assertEquals("example", d.settings().name(), "name from the PID");
        assertEquals("example-volume", d.settings().volumeConfiguration().name(), "JSON continued over lines");
        assertEquals(32_768, d.settings().volumeConfiguration().retrieveOptions().get("fast").chunkSize(), "chunk");
        assertEquals(3, d.settings().preferredTransferSyntaxes().size(), "three syntaxes");
        assertEquals(8, d.settings().maxConnections(), "connections");
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> p = new HashMap<>();
        p.put("urlPrefix", PREFIX);
        p.put(key, value);
        return p;
    }

    private void assertRejected(Map<String, Object> properties, String expected) {
        ConfigurationValidationException e = assertThrows(ConfigurationValidationException.class,
                () -> parser.parse(properties), "should reject " + properties);
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(expected)),
                "expected a problem starting with\n  " + expected + "\nin\n  " + e.getMessage());
        assertTrue(e.getMessage().startsWith("Site configuration '"), e.getMessage());
    }
}
