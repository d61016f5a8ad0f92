package org.glimpse.loader.internal.load;

import java.util.TreeSet;
import org.glimpse.api.loader.LoadRequest;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveConfigurationService;

/** The retrieve configuration of a load: given, named, or the site's for the series kind. */
final class Configurations {

    private Configurations() {
    }

    /** @throws IllegalArgumentException naming the configuration and those that are known */
    static RetrieveConfiguration resolve(LoadRequest request, RetrieveConfigurationService service) {
        if (request.configuration() != null) {
            return request.configuration();
        }
        if (request.configurationName() != null) {
            return service.configuration(request.configurationName()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown retrieve configuration '" + request.configurationName() + "'; known: "
                            + new TreeSet<>(service.configurationNames())));
        }
        return service.siteFor(request.series().wadoRoot()).configurationFor(request.kind());
    }
}
