package org.glimpse.retrieve.internal.site;

import java.util.Optional;

/** One {@code glimpse.site} configuration as the service sees it: its last valid state and last rejection. */
public interface SiteSource {

    /** The Config Admin PID of the configuration, or "unknown" when it carried none. */
    String pid();

    /** The last valid definition; empty when no valid configuration has arrived yet. */
    Optional<SiteDefinition> current();

    /** Why the latest configuration was rejected; empty when it was accepted. */
    Optional<String> lastRejection();
}
