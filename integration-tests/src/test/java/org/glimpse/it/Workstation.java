package org.glimpse.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assembled workstation (features/target/glimpse-workstation) as the tests see it: its bundles by start
 * level and its framework properties, read from the same conf/config.properties the launcher reads, so
 * that the tests run exactly what a user installs.
 */
public final class Workstation {

    private static final Pattern AUTO_START = Pattern.compile("felix\\.auto\\.start\\.(\\d+)");
    private static final Pattern AUTO_INSTALL = Pattern.compile("felix\\.auto\\.install\\.(\\d+)");

    private final Path home;
    private final Properties config = new Properties();

    private Workstation(Path home) throws IOException {
        this.home = home;
        Path file = home.resolve("conf/config.properties");
        try (InputStream in = Files.newInputStream(file)) {
            config.load(in);
        }
    }

    /** The workstation named by the {@code glimpse.workstation} system property (set by the build). */
    public static Workstation fromSystemProperty() {
        String dir = System.getProperty("glimpse.workstation");
        if (dir == null) {
            throw new IllegalStateException("system property glimpse.workstation is not set (run through Maven)");
        }
        try {
            return new Workstation(Path.of(dir).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the workstation configuration under " + dir
                    + " (build the features module first)", e);
        }
    }

    public Path home() {
        return home;
    }

    /** A framework property with {@code ${glimpse.home}} resolved, or null. */
    public String property(String key) {
        String v = config.getProperty(key);
        return v == null ? null : v.replace("${glimpse.home}", home.toString()).trim();
    }

    /** Locations of bundles started by start level ({@code felix.auto.start.N}). */
    public Map<Integer, List<String>> bundlesByStartLevel() {
        return locations(AUTO_START);
    }

    /** Locations of bundles installed but not started, such as fragments ({@code felix.auto.install.N}). */
    public Map<Integer, List<String>> bundlesInstalledOnly() {
        return locations(AUTO_INSTALL);
    }

    private Map<Integer, List<String>> locations(Pattern kind) {
        Map<Integer, List<String>> levels = new java.util.TreeMap<>();
        for (String key : config.stringPropertyNames()) {
            Matcher m = kind.matcher(key);
            if (m.matches()) {
                List<String> locations = new ArrayList<>();
                for (String location : property(key).split("\\s+")) {
                    if (!location.isBlank()) {
                        locations.add(location);
                    }
                }
                levels.put(Integer.valueOf(m.group(1)), locations);
            }
        }
        return levels;
    }

    /**
     * Every framework property other than bundle lists, start levels and storage, for a test framework
     * (Pax Exam sets the start levels so that its probe starts after every listed bundle).
     */
    public Map<String, String> frameworkProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        for (String key : config.stringPropertyNames()) {
            if (!AUTO_START.matcher(key).matches() && !AUTO_INSTALL.matcher(key).matches()
                    && !key.startsWith("org.osgi.framework.storage")
                    && !key.equals("org.osgi.framework.startlevel.beginning")
                    && !key.equals("felix.startlevel.bundle")) {
                props.put(key, property(key));
            }
        }
        return props;
    }

    /** The Glimpse bundle files shipped in bundle/ (whether or not a start level lists them). */
    public List<Path> glimpseBundleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(home.resolve("bundle"), "glimpse-*.jar")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }
}
