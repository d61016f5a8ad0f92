package org.glimpse.api.retrieve;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Says, for a series about to load, which requests to make in which order and what each yields.
 * Answers always: without a matching site configuration the built-in defaults apply.
 */
@ProviderType
public interface RetrieveConfigurationService {

    /** The site settings whose URL prefix is the longest match for {@code url}, or the defaults. */
    SiteSettings siteFor(URI url);

    /** A built-in or site-defined configuration by name. */
    Optional<RetrieveConfiguration> configuration(String name);

    /** Names of every configuration that {@link #configuration(String)} knows. */
    Set<String> configurationNames();

    /**
     * Reads and validates a configuration written as JSON (a Cornerstone3D retrieve configuration, as a site
     * administrator keeps it in a file).
     *
     * @param json the configuration text
     * @param source where it came from (a file name), named in the error and used as its name when the JSON
     *        has none
     * @throws IllegalArgumentException listing every problem, each with its field and value, and the source
     */
    RetrieveConfiguration fromJson(String json, String source);

    /**
     * Expands a configuration over a series of {@code frameCount} frames with a transfer syntax
     * (which decides, for example, whether a byte-range stage can yield a reduced image).
     */
    RequestPlan plan(RetrieveConfiguration configuration, int frameCount, String transferSyntaxUid);

    /**
     * Why each site's latest configuration was rejected, by its Config Admin PID; accepted sites are
     * absent. The rejected configuration is not in force (the previous valid one is), so a preferences
     * page shows the message beside the field it names and puts the previous values back.
     */
    default Map<String, String> rejections() {
        return Map.of();
    }
}
