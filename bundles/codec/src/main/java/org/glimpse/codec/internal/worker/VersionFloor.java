package org.glimpse.codec.internal.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The oldest release of each native library without a published fault on malformed input. Below it the
 * library is still used, but only in worker processes (as every native decode is): the warning says so,
 * naming the version in use, so that a site knows what its distribution ships.
 */
public final class VersionFloor {
    /** Library → first release without the known faults, and what they are. */
    private static final Map<String, String[]> FLOORS = Map.of(
            "OpenJPEG", new String[] {"2.5.3", "CVE-2024-56827, CVE-2023-39327, OpenJPEG #1413 #1436 #1492 #1533"},
            "CharLS", new String[] {"2.4.4", "GHSA-mqrg-gfc8-73ff (2.3.0–2.4.3), CharLS #334"},
            "OpenJPH", new String[] {"0.29.0", "OpenJPH #88 and crashes on truncated streams before 0.29"});

    private VersionFloor() {
    }

    /** One warning per loaded library below its floor. */
    public static List<String> warnings(Map<String, String> versions) {
        List<String> w = new ArrayList<>();
        versions.forEach((name, version) -> {
            String[] floor = FLOORS.get(name);
            if (floor != null && below(version, floor[0])) {
                w.add(name + " " + version + " is older than " + floor[0] + " (" + floor[1]
                        + "): it decodes only in isolated worker processes");
            }
        });
        return w;
    }

    /** Whether dotted version {@code v} is older than {@code floor}; an unreadable version counts as older. */
    static boolean below(String v, String floor) {
        String[] a = v.trim().split("[.\\-+ ]");
        String[] b = floor.split("\\.");
        for (int i = 0; i < b.length; i++) {
            int x;
            try {
                x = i < a.length ? Integer.parseInt(a[i]) : 0;
            } catch (NumberFormatException e) {
                return true;
            }
            int y = Integer.parseInt(b[i]);
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }
}
