package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.List;
import javax.inject.Inject;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.SiteSettings;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Config Admin stopped while the workstation runs, then started again: the retrieve service keeps answering
 * in between, the site configured before is there with the same settings (Config Admin keeps its
 * configurations in its bundle's data area; nothing is lost by a restart), and edits through the restarted
 * Config Admin reach the components again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigAdminRestartIT {

    private static final String CONFIG_ADMIN = "org.apache.felix.configadmin";
    private static final URI SITE_URL = URI.create("http://127.0.0.1:9999/dicomweb/studies/1.2/series/3.4");

    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "config-admin-restart");
    }

    @Test
    public void aSiteComesBackWithItsSettingsWhenConfigAdminStartsAgain() throws Exception {
        org.osgi.service.cm.Configuration site = configAdmin().getFactoryConfiguration("glimpse.site", "ward", "?");
        site.update(Lookups.site("http://127.0.0.1:9999/dicomweb", "sequential", "3"));
        Eventually.until("site 'ward' to apply", () -> retrieve().siteFor(SITE_URL), s -> "ward".equals(s.name()));

        Bundle cm = Lookups.bundle(context, CONFIG_ADMIN);
        cm.stop();
        Eventually.until("Config Admin to go away", () -> context.getServiceReference(ConfigurationAdmin.class),
                ref -> ref == null);
        RetrieveConfigurationService withoutCm = retrieve();
        assertTrue("the built-in configurations stay without Config Admin",
                withoutCm.configuration("interleaved").isPresent());
        // Felix SCR keeps configured components while Config Admin is away (the site still applies here);
        // the service must answer either way
        assertNotNull("the service still answers for any URL", withoutCm.siteFor(SITE_URL));
        // a component that needs Config Admin (the workbench's) waits for it; none may fail
        assertEquals("Glimpse components failed after Config Admin stopped", List.of(),
                GlimpseComponents.failures(context, scr));

        cm.start();
        SiteSettings back = Eventually.until("site 'ward' to come back", () -> retrieve().siteFor(SITE_URL),
                s -> "ward".equals(s.name()));
        assertEquals("maxConnections of the site that came back", 3, back.maxConnections());
        assertEquals("stack configuration of the site that came back", "sequential",
                back.stackConfiguration().name());
        org.osgi.service.cm.Configuration[] stored = configAdmin().listConfigurations(
                "(service.factoryPid=glimpse.site)");
        assertEquals("site configurations kept by Config Admin", 1, stored == null ? 0 : stored.length);
        assertEquals("Glimpse components after Config Admin started again", List.of(), Eventually.until(
                "every Glimpse component to be satisfied again", () -> GlimpseComponents.problems(context, scr),
                List::isEmpty));

        // the new Config Admin reaches the components: an edit made through it applies
        stored[0].update(Lookups.site("http://127.0.0.1:9999/dicomweb", "sequential", "4"));
        Eventually.until("the edit after the restart to apply", () -> retrieve().siteFor(SITE_URL),
                s -> s.maxConnections() == 4);
        stored[0].delete();
        Eventually.until("the site to be removed", () -> retrieve().siteFor(SITE_URL), s -> !"ward".equals(s.name()));
    }

    private ConfigurationAdmin configAdmin() {
        return Lookups.service(context, ConfigurationAdmin.class);
    }

    private RetrieveConfigurationService retrieve() {
        return Lookups.service(context, RetrieveConfigurationService.class);
    }
}
