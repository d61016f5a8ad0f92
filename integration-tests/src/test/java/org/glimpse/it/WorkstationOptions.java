package org.glimpse.it;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackage;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ops4j.pax.exam.Option;

/** Pax Exam options that reproduce the workstation: its framework properties and bundles by start level. */
public final class WorkstationOptions {

    private static final String SYSTEM_PACKAGES_EXTRA = "org.osgi.framework.system.packages.extra";

    /**
     * Pax Exam's own bundles import org.slf4j in [1.4, 2); the slf4j 2 logger API on the class path is
     * compatible, so the test framework alone exports it at a 1.x version too.
     */
    private static final String PAX_EXAM_SLF4J = "org.slf4j;version=1.7.36";

    private WorkstationOptions() {
    }

    /**
     * The workstation as the launcher starts it, with a framework cache and a configuration folder of the
     * test's own under target/.
     */
    public static Option[] all(Workstation ws, String testName) {
        return all(ws, testName, location -> true);
    }

    /** The workstation without the bundles whose location {@code keep} refuses (a fragment left out, say). */
    public static Option[] all(Workstation ws, String testName, Predicate<String> keep) {
        List<Option> options = new ArrayList<>();
        String work = workDirectory(testName).toString();
        for (Map.Entry<String, String> p : ws.frameworkProperties().entrySet()) {
            if (p.getKey().equals(SYSTEM_PACKAGES_EXTRA)) {
                // Pax Exam assembles this property from systemPackage options, its own packages included.
                for (String clause : p.getValue().split(",")) {
                    options.add(systemPackage(clause.trim()));
                }
                options.add(systemPackage(PAX_EXAM_SLF4J));
            } else if (!p.getKey().equals("felix.fileinstall.dir")) {
                options.add(frameworkProperty(p.getKey()).value(p.getValue()));
            }
        }
        options.add(frameworkProperty("felix.fileinstall.dir").value(configDirectory(testName).toString()));
        int top = 1;
        for (Map.Entry<Integer, List<String>> level : ws.bundlesInstalledOnly().entrySet()) {
            for (String location : level.getValue()) {
                if (keep.test(location)) {
                    options.add(bundle(location).startLevel(level.getKey()).noStart());
                }
            }
        }
        for (Map.Entry<Integer, List<String>> level : ws.bundlesByStartLevel().entrySet()) {
            top = Math.max(top, level.getKey());
            for (String location : level.getValue()) {
                if (keep.test(location)) {
                    options.add(bundle(location).startLevel(level.getKey()).start());
                }
            }
        }
        options.add(frameworkStartLevel(top + 1));
        options.add(junitBundles());
        options.add(workingDirectory(work));
        options.add(cleanCaches(true));
        return options.toArray(new Option[0]);
    }

    /** The folder under target/ where a test's framework keeps its cache. */
    public static Path workDirectory(String testName) {
        return Path.of(System.getProperty("java.io.tmpdir"), "paxexam", testName);
    }

    /**
     * The folder a test's fileinstall watches, in place of the workstation's conf/configs; outside the
     * work folder, which Pax Exam empties when the framework starts.
     */
    public static Path configDirectory(String testName) {
        return Path.of(System.getProperty("java.io.tmpdir"), "paxexam-configs", testName);
    }
}
