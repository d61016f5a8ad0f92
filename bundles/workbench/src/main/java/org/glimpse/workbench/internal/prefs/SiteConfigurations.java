package org.glimpse.workbench.internal.prefs;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.SiteSettings;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The {@value #FACTORY_PID} configurations in Config Admin, and the retrieve service's verdict on each
 * change: a change it rejects is undone, so that what Config Admin holds is what is in force.
 */
final class SiteConfigurations {

    static final String FACTORY_PID = "glimpse.site";
    private static final long VERDICT_MILLIS = 3_000;

    private final ConfigurationAdmin admin;
    private final RetrieveConfigurationService retrieve;

    SiteConfigurations(ConfigurationAdmin admin, RetrieveConfigurationService retrieve) {
        this.admin = admin;
        this.retrieve = retrieve;
    }

    /** Every site configuration, by PID order. */
    List<Configuration> list() throws IOException {
        try {
            Configuration[] c = admin.listConfigurations("(service.factoryPid=" + FACTORY_PID + ")");
            List<Configuration> out = new ArrayList<>(c == null ? List.of() : List.of(c));
            out.sort((a, b) -> a.getPid().compareTo(b.getPid()));
            return out;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("filter on " + FACTORY_PID, e);
        }
    }

    /**
     * Writes {@code values} to the site {@code name} (created when new) and waits for the retrieve service.
     *
     * @return the service's message when it rejected the values (the previous ones are back), else empty
     */
    Optional<String> save(String name, Map<String, Object> values) throws IOException, InterruptedException {
        Configuration c = admin.getFactoryConfiguration(FACTORY_PID, name, "?");
        Dictionary<String, Object> previous = c.getProperties();
        Hashtable<String, Object> next = new Hashtable<>(values);
        c.update(next);
        Optional<String> rejection = verdict(c.getPid(), values);
        if (rejection.isPresent()) {
            if (previous == null) {
                c.delete();
            } else {
                c.update(previous);
            }
        }
        return rejection;
    }

    void delete(String pid) throws IOException {
        for (Configuration c : list()) {
            if (c.getPid().equals(pid)) {
                c.delete();
            }
        }
    }

    /** The rejection of {@code pid}, or empty once the service answers with the new values (or time runs out). */
    private Optional<String> verdict(String pid, Map<String, Object> values) throws InterruptedException {
        long deadline = System.nanoTime() + VERDICT_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            String r = retrieve.rejections().get(pid);
            if (r != null) {
                return Optional.of(r);
            }
            if (inForce(values)) {
                return Optional.empty();
            }
            Thread.sleep(50);
        }
        return Optional.empty();
    }

    /**
     * Whether the settings the service applies for the new URL prefix are the values written: every field
     * it reports must match (a configuration given as JSON is matched by the rest). Until then the service
     * may still be answering with the previous configuration.
     */
    private boolean inForce(Map<String, Object> values) {
        Object prefix = values.get("urlPrefix");
        if (!(prefix instanceof String p) || !Boolean.TRUE.equals(values.getOrDefault("enabled", true))) {
            return false;
        }
        SiteSettings s;
        try {
            s = retrieve.siteFor(URI.create(p));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return p.equals(s.urlPrefix())
                && same(values.get("maxConnections"), s.maxConnections())
                && sameName(values.get("stackConfiguration"), s.stackConfiguration().name())
                && sameName(values.get("volumeConfiguration"), s.volumeConfiguration().name())
                && same(values.get("authScheme"), s.authScheme())
                && same(values.get("trustStore"), s.trustStore())
                && List.of(values.getOrDefault("preferredTransferSyntaxes", new String[0]) instanceof String[] a ? a
                        : new String[0]).equals(s.preferredTransferSyntaxes());
    }

    /** Equal, an absent value matching the service's default (null or empty). */
    private static boolean same(Object written, Object inForce) {
        if (written == null || "".equals(written)) {
            return inForce == null || "".equals(inForce) || inForce instanceof Integer;
        }
        return written.equals(inForce);
    }

    private static boolean sameName(Object written, String inForce) {
        return written == null || written.toString().startsWith("{") || written.equals(inForce);
    }

    static String name(Configuration c) {
        String pid = c.getPid();
        int tilde = pid.indexOf('~');
        return tilde >= 0 ? pid.substring(tilde + 1) : pid;
    }

    static List<String> names(List<Configuration> list) {
        List<String> out = new ArrayList<>();
        list.forEach(c -> out.add(name(c)));
        return Collections.unmodifiableList(out);
    }
}
