package org.glimpse.retrieve.internal.site;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.glimpse.retrieve.internal.json.RetrieveConfigurationJson;
import org.glimpse.retrieve.internal.validate.ConfigurationValidationException;
import org.glimpse.retrieve.internal.validate.Problems;

/**
 * Turns the properties of one {@code glimpse.site} configuration into a {@link SiteDefinition}, or rejects
 * them with every problem named (key, value, source). Keys and defaults are those of {@link SiteConfig}.
 * Dotted keys belong to the framework and tools ({@code service.pid}, {@code felix.fileinstall.filename});
 * any other key that {@link SiteConfig} does not define is a typo and is rejected.
 */
public final class SiteProperties {
    public static final String NAME = "name";
    public static final String URL_PREFIX = "urlPrefix";
    public static final String STACK_CONFIGURATION = "stackConfiguration";
    public static final String VOLUME_CONFIGURATION = "volumeConfiguration";
    public static final String PREFERRED_TRANSFER_SYNTAXES = "preferredTransferSyntaxes";
    public static final String AUTH_SCHEME = "authScheme";
    public static final String MAX_CONNECTIONS = "maxConnections";
    public static final String TRUST_STORE = "trustStore";
    public static final String CLEARTEXT_HTTP2 = "cleartextHttp2";
    public static final String ENABLED = "enabled";
    /** Every key, in {@link SiteConfig}'s order. */
    public static final List<String> KEYS = List.of(NAME, URL_PREFIX, STACK_CONFIGURATION, VOLUME_CONFIGURATION,
            PREFERRED_TRANSFER_SYNTAXES, AUTH_SCHEME, MAX_CONNECTIONS, TRUST_STORE, CLEARTEXT_HTTP2, ENABLED);
    static final int MAX_CONNECTIONS_LIMIT = 1024;

    private static final String WHAT = "Site configuration";
    /** PS3.5 §9.1: components of digits without leading zeros, separated by dots, at most 64 characters. */
    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*");
    private static final String FILEINSTALL_FILE = "felix.fileinstall.filename";
    private static final String SERVICE_PID = "service.pid";

    private final RetrieveConfigurationJson json = new RetrieveConfigurationJson();

    /** The default of {@code key}, read from {@link SiteConfig} so that metatype and code cannot disagree. */
    public static Object defaultValue(String key) {
        try {
            Method m = SiteConfig.class.getMethod(key);
            return m.getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("No site property '" + key + "' (known: " + KEYS + ")", e);
        }
    }

    /**
     * @throws ConfigurationValidationException naming every bad key and value and the configuration's source
     */
    public SiteDefinition parse(Map<String, ?> properties) {
        Problems problems = new Problems();
        String pid = PropertyValues.text(SERVICE_PID, properties.get(SERVICE_PID), new Problems());
        String source = source(pid, properties.get(FILEINSTALL_FILE));
        rejectUnknown(properties, problems);
        String name = orDefault(PropertyValues.text(NAME, properties.get(NAME), problems), NAME);
        if (name.isEmpty()) {
            name = nameFrom(pid, properties.get(FILEINSTALL_FILE));
        }
        String urlPrefix = urlPrefix(properties.get(URL_PREFIX), problems);
        RetrieveConfiguration stack = configuration(STACK_CONFIGURATION, properties, name + "-stack", problems);
        RetrieveConfiguration volume = configuration(VOLUME_CONFIGURATION, properties, name + "-volume", problems);
        List<String> syntaxes = transferSyntaxes(properties.get(PREFERRED_TRANSFER_SYNTAXES), problems);
        String auth = orDefault(PropertyValues.text(AUTH_SCHEME, properties.get(AUTH_SCHEME), problems), AUTH_SCHEME);
        Integer max = PropertyValues.integer(MAX_CONNECTIONS, properties.get(MAX_CONNECTIONS), problems);
        if (max != null && (max < 1 || max > MAX_CONNECTIONS_LIMIT)) {
            problems.add(MAX_CONNECTIONS, "must be in [1, " + MAX_CONNECTIONS_LIMIT + "], was " + max);
        }
        String trustStore = trustStore(properties.get(TRUST_STORE), problems);
        Boolean h2c = cleartextHttp2(properties.get(CLEARTEXT_HTTP2), problems);
        Boolean enabled = PropertyValues.bool(ENABLED, properties.get(ENABLED), problems);
        problems.throwIfAny(WHAT, name, source);
        SiteSettings settings = new SiteSettings(name, urlPrefix, stack, volume, syntaxes,
                auth.isEmpty() ? null : auth, max == null ? (Integer) defaultValue(MAX_CONNECTIONS) : max,
                trustStore, h2c);
        return new SiteDefinition(pid, enabled == null ? (Boolean) defaultValue(ENABLED) : enabled, settings);
    }

    private static void rejectUnknown(Map<String, ?> properties, Problems problems) {
        for (String key : new TreeSet<>(properties.keySet())) {
            if (!key.contains(".") && !KEYS.contains(key)) {
                problems.add(key, "unknown property (known: " + String.join(", ", KEYS) + ")");
            }
        }
    }

    private static String orDefault(String value, String key) {
        return value == null ? (String) defaultValue(key) : value;
    }

    private static String source(String pid, Object file) {
        if (pid == null && file == null) {
            return null;
        }
        return file == null ? pid : pid == null ? file.toString() : pid + " from " + file;
    }

    /** {@code glimpse.site~ct} → ct; fileinstall's {@code glimpse.site-ct.cfg} → ct; else the PID itself. */
    private static String nameFrom(String pid, Object file) {
        if (pid != null && pid.contains("~")) {
            return pid.substring(pid.indexOf('~') + 1);
        }
        if (file != null) {
            String f = file.toString();
            String base = f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1);
            String prefix = SiteConfig.FACTORY_PID + "-";
            if (base.startsWith(prefix) && base.lastIndexOf('.') > prefix.length()) {
                return base.substring(prefix.length(), base.lastIndexOf('.'));
            }
        }
        return pid != null ? pid : "site";
    }

    private static String urlPrefix(Object value, Problems problems) {
        String s = PropertyValues.text(URL_PREFIX, value, problems);
        if (s == null || s.isEmpty()) {
            if (value == null || s != null) {
                problems.add(URL_PREFIX, "required: the server's base URL, e.g. https://pacs.example.org/dicomweb");
            }
            return null;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                problems.add(URL_PREFIX, "'" + s + "' must be an absolute http or https URL with a host");
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problems.add(URL_PREFIX, "'" + s + "' must not have a query or fragment");
            }
        } catch (URISyntaxException e) {
            problems.add(URL_PREFIX, "'" + s + "' is not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
        return s;
    }

    private RetrieveConfiguration configuration(String key, Map<String, ?> properties, String jsonName,
            Problems problems) {
        String s = orDefault(PropertyValues.text(key, properties.get(key), problems), key);
        if (s.isEmpty()) {
            s = (String) defaultValue(key);
        }
        if (s.startsWith("{")) {
            try {
                RetrieveConfiguration c = json.read(s, jsonName);
                if (BuiltInConfigurations.all().containsKey(c.name())) {
                    problems.add(key + ".name", "'" + c.name() + "' is a built-in configuration's name; choose"
                            + " another");
                }
                return c;
            } catch (ConfigurationValidationException e) {
                problems.addAll(key, e.problems());
                return null;
            }
        }
        RetrieveConfiguration c = BuiltInConfigurations.all().get(s);
        if (c == null) {
            problems.add(key, "'" + s + "' is neither a built-in configuration (" + String.join(", ",
                    BuiltInConfigurations.all().keySet()) + ") nor a JSON configuration (starting with '{')");
        }
        return c;
    }

    private static List<String> transferSyntaxes(Object value, Problems problems) {
        List<String> items = PropertyValues.list(PREFERRED_TRANSFER_SYNTAXES, value, problems);
        if (items == null) {
            return List.of(((String[]) defaultValue(PREFERRED_TRANSFER_SYNTAXES)));
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String uid = items.get(i);
            String where = PREFERRED_TRANSFER_SYNTAXES + "[" + i + "]";
            if (uid.length() > 64 || !UID.matcher(uid).matches()) {
                problems.add(where, "'" + uid + "' is not a UID (digits and dots, no leading zeros, at most 64"
                        + " characters)");
            } else if (seen.putIfAbsent(uid, i) != null) {
                problems.add(where, "'" + uid + "' is already listed at index " + seen.get(uid));
            }
        }
        return List.copyOf(items);
    }

    /** Empty (or absent) leaves the choice to the transport; else true or false. */
    private static Boolean cleartextHttp2(Object value, Problems problems) {
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        return PropertyValues.bool(CLEARTEXT_HTTP2, value, problems);
    }

    private static String trustStore(Object value, Problems problems) {
        String s = orDefault(PropertyValues.text(TRUST_STORE, value, problems), TRUST_STORE);
        if (s.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(s);
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                problems.add(TRUST_STORE, "'" + s + "' is not a readable file");
            }
        } catch (InvalidPathException e) {
            problems.add(TRUST_STORE, "'" + s + "' is not a file path: " + e.getReason());
        }
        return s;
    }
}
