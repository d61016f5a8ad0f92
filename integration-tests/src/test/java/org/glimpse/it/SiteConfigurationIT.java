package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Per-site retrieve configuration through Config Admin (factory PID {@code glimpse.site}): the service's
 * answer follows create, update and delete; a rejected update leaves the previous settings in force.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SiteConfigurationIT {

    private static final String FACTORY_PID = "glimpse.site";
    private static final URI SITE_URL = URI.create("http://127.0.0.1:9999/dicomweb/studies/1.2/series/3.4");

    @Inject
    private BundleContext context;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private RetrieveConfigurationService service;

    @Inject
    private MetaTypeService metaType;

    @Configuration
    public Option[] config() {
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "site-configuration");
    }

    @Test
    public void createUpdateRejectAndDeleteAreSeenByTheService() throws Exception {
        SiteSettings defaults = service.siteFor(SITE_URL);
        org.osgi.service.cm.Configuration site = configAdmin.getFactoryConfiguration(FACTORY_PID, "ward", "?");
        site.update(Lookups.site("http://127.0.0.1:9999/dicomweb", "interleaved", "3"));
        SiteSettings created = Eventually.until("site 'ward' to apply", () -> service.siteFor(SITE_URL),
                s -> "ward".equals(s.name()));
        assertEquals(3, created.maxConnections());
        assertEquals("interleaved", created.stackConfiguration().name());
        assertEquals("a URL outside the prefix must keep the defaults", defaults.name(),
                service.siteFor(URI.create("http://127.0.0.1:9998/dicomweb")).name());

        site.update(Lookups.site("http://127.0.0.1:9999/dicomweb", "interleaved", "lots"));
        Map<?, ?> rejections = Eventually.until("the bad update to be rejected", () -> rejections(service),
                r -> r.values().stream().anyMatch(m -> m.toString().contains("maxConnections")));
        assertTrue("rejection should name the value: " + rejections,
                rejections.values().stream().anyMatch(m -> m.toString().contains("lots")));
        assertEquals("the previous valid settings must stay in force", 3, service.siteFor(SITE_URL).maxConnections());

        site.update(Lookups.site("http://127.0.0.1:9999/dicomweb", "sequential", "5"));
        SiteSettings updated = Eventually.until("the fixed update to apply", () -> service.siteFor(SITE_URL),
                s -> s.maxConnections() == 5);
        assertEquals("sequential", updated.stackConfiguration().name());
        assertTrue("a valid update clears the rejection: " + rejections(service), rejections(service).isEmpty());

        site.delete();
        Eventually.until("the site to be removed", () -> service.siteFor(SITE_URL), s -> !"ward".equals(s.name()));
    }

    @Test
    public void theLongestUrlPrefixWins() throws Exception {
        org.osgi.service.cm.Configuration broad = configAdmin.getFactoryConfiguration(FACTORY_PID, "broad", "?");
        org.osgi.service.cm.Configuration narrow = configAdmin.getFactoryConfiguration(FACTORY_PID, "narrow", "?");
        try {
            broad.update(Lookups.site("http://127.0.0.1:7777/", "single", "2"));
            narrow.update(Lookups.site("http://127.0.0.1:7777/dicomweb/ct", "interleaved", "4"));
            URI ct = URI.create("http://127.0.0.1:7777/dicomweb/ct/studies/1");
            URI other = URI.create("http://127.0.0.1:7777/dicomweb/mr/studies/1");
            assertEquals("narrow", Eventually.until("narrow site", () -> service.siteFor(ct).name(),
                    "narrow"::equals));
            assertEquals("broad", Eventually.until("broad site", () -> service.siteFor(other).name(),
                    "broad"::equals));
        } finally {
            broad.delete();
            narrow.delete();
        }
    }

    @Test
    public void metatypeDescribesTheSiteFactoryForAPreferencesPage() {
        Bundle retrieve = Lookups.bundle(context, "glimpse.retrieve");
        MetaTypeInformation info = metaType.getMetaTypeInformation(retrieve);
        assertNotNull("glimpse.retrieve has no metatype", info);
        assertTrue("glimpse.site is not a metatype factory PID: " + Arrays.toString(info.getFactoryPids()),
                Arrays.asList(info.getFactoryPids()).contains(FACTORY_PID));
        ObjectClassDefinition ocd = info.getObjectClassDefinition(FACTORY_PID, null);
        Set<String> ids = new TreeSet<>();
        for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            ids.add(ad.getID());
        }
        assertTrue("metatype attributes " + ids, ids.containsAll(Set.of("urlPrefix", "stackConfiguration",
                "volumeConfiguration", "preferredTransferSyntaxes", "maxConnections", "enabled")));
    }

    private static Map<?, ?> rejections(RetrieveConfigurationService s) {
        return s.rejections();
    }
}
