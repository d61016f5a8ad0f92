package org.glimpse.retrieve.internal.site;

import java.util.Map;
import java.util.function.Consumer;

/** Lets tests in other packages build a SiteComponent with a visible log. */
public record SiteComponentAccess(SiteComponent site) {

    public static SiteComponentAccess create(Consumer<String> warnings) {
        return new SiteComponentAccess(new SiteComponent(warnings));
    }

    public void activate(Map<String, Object> properties) {
        site.activate(properties);
    }

    public void modified(Map<String, Object> properties) {
        site.modified(properties);
    }
}
