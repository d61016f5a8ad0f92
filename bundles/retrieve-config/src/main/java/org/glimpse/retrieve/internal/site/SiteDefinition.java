package org.glimpse.retrieve.internal.site;

import java.util.Objects;

import org.glimpse.api.retrieve.SiteSettings;

/**
 * A validated {@code glimpse.site} configuration.
 *
 * @param pid the Config Admin PID it came from
 * @param enabled whether the site is offered at all
 * @param settings what the site answers with
 */
public record SiteDefinition(String pid, boolean enabled, SiteSettings settings) {
    public SiteDefinition {
        Objects.requireNonNull(settings, "settings is null");
    }
}
