package org.glimpse.retrieve.internal.site;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.glimpse.retrieve.internal.validate.ConfigurationValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.LoggerFactory;

/**
 * One instance per {@code glimpse.site} factory configuration. A valid update replaces the definition that
 * the next {@code siteFor()} sees; series already loading keep the settings they were given. An invalid
 * configuration is rejected and logged once, and the previous valid definition stays in force (a site
 * whose first configuration is invalid is not offered until it is fixed).
 */
@Component(configurationPid = SiteConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = SiteSource.class)
@Designate(ocd = SiteConfig.class, factory = true)
public final class SiteComponent implements SiteSource {
    private final SiteProperties parser = new SiteProperties();
    private final Consumer<String> warnings;
    private volatile SiteDefinition current;
    private volatile String lastRejection;
    private volatile String pid = "unknown";
    private String lastLogged;

    /** Used by Declarative Services: warnings go to the log. */
    public SiteComponent() {
        this(LoggerFactory.getLogger(SiteComponent.class)::warn);
    }

    /** Used by tests to see what would be logged. */
    SiteComponent(Consumer<String> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings is null");
    }

    @Activate
    public void activate(Map<String, Object> properties) {
        apply(properties);
    }

    @Modified
    public void modified(Map<String, Object> properties) {
        apply(properties);
    }

    @Deactivate
    public void deactivate() {
        current = null;
    }

    private synchronized void apply(Map<String, Object> properties) {
        Object servicePid = properties.get("service.pid");
        pid = servicePid == null ? "unknown" : servicePid.toString();
        try {
            current = parser.parse(properties);
            lastRejection = null;
            lastLogged = null;
        } catch (ConfigurationValidationException e) {
            String message = e.getMessage();
            lastRejection = message;
            if (!message.equals(lastLogged)) {
                lastLogged = message;
                warnings.accept(message + (current == null ? "; the site is not used until this is fixed"
                        : "; its previous valid configuration stays in force"));
            }
        }
    }

    @Override
    public String pid() {
        return pid;
    }

    @Override
    public Optional<SiteDefinition> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public Optional<String> lastRejection() {
        return Optional.ofNullable(lastRejection);
    }
}
