package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.glimpse.api.codec.FrameDecoder;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.transport.FrameTransport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * A Glimpse bundle updated while the workstation runs (a site installing a new version): its services come
 * back, the components that use them rebind to the new ones, configurations stay, and the native fragment
 * attaches to the updated codec bundle again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BundleUpdateIT {

    private static final String TRANSPORT = "org.glimpse.transport.internal.JettyFrameTransport";
    private static final URI SITE_URL = URI.create("http://127.0.0.1:9998/dicomweb/studies/1.2/series/3.4");

    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] config() {
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "bundle-update");
    }

    @Test
    public void theRetrieveServiceComesBackWithItsSitesAndTheTransportRebinds() throws Exception {
        org.osgi.service.cm.Configuration site = configAdmin.getFactoryConfiguration("glimpse.site", "clinic", "?");
        site.update(Lookups.site("http://127.0.0.1:9998/dicomweb", "interleaved", "2"));
        Eventually.until("site 'clinic' to apply", () -> retrieve().siteFor(SITE_URL), s -> "clinic".equals(s.name()));
        long before = serviceId(RetrieveConfigurationService.class);
        // a delayed component binds its references when it is first used: use it, and keep it in use
        Lookups.service(context, FrameTransport.class);
        assertEquals("the transport uses the retrieve service", List.of(before), Eventually.until(
                "the transport to bind the retrieve service", this::transportsRetrieveService, ids -> !ids.isEmpty()));

        updateAndRefresh("glimpse.retrieve");

        long after = Eventually.until("a new retrieve service", () -> serviceId(RetrieveConfigurationService.class),
                id -> id > 0 && id != before);
        assertEquals("the site after the update", "clinic", Eventually.until("site 'clinic' to come back",
                () -> retrieve().siteFor(SITE_URL), s -> "clinic".equals(s.name())).name());
        Eventually.until("the transport to bind the new retrieve service", this::transportsRetrieveService,
                List.of(after)::equals);
        assertEquals("Glimpse components after the update", List.of(), GlimpseComponents.problems(context, scr));
        site.delete();
    }

    @Test
    public void theDecodersComeBackAndTheNativeFragmentAttachesAgain() throws Exception {
        List<String> before = decoders();
        assertTrue("OpenJPH (shipped in the fragment) is available before the update: " + before,
                before.contains("openjph available"));

        updateAndRefresh("glimpse.codec");

        List<String> after = Eventually.until("every decoder to come back as it was", this::decoders,
                before::equals);
        assertEquals("decoders and their availability after the update", before, after);
        Bundle fragment = null;
        for (Bundle b : context.getBundles()) {
            // the workstation ships the fragments of several platforms: this platform's is the one that attaches
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null
                    && String.valueOf(b.getSymbolicName()).startsWith("glimpse.natives.")
                    && NativeRequirement.metHere(context, b)) {
                fragment = b;
            }
        }
        assertTrue("the native fragment is attached (RESOLVED) again", fragment != null
                && fragment.getState() == Bundle.RESOLVED);
        assertEquals("Glimpse components after the update", List.of(), GlimpseComponents.problems(context, scr));
    }

    /** Updates a bundle from its location (the same file: what matters is the new revision) and refreshes it. */
    private void updateAndRefresh(String symbolicName) throws Exception {
        Bundle bundle = Lookups.bundle(context, symbolicName);
        bundle.update();
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class)
                .refreshBundles(List.of(bundle), event -> refreshed.countDown());
        assertTrue(symbolicName + " refreshed within 60 s", refreshed.await(60, TimeUnit.SECONDS));
        assertEquals(symbolicName + " state after the update", Bundle.ACTIVE,
                Lookups.bundle(context, symbolicName).getState());
    }

    /** Each registered decoder by name with its availability, sorted. */
    private List<String> decoders() {
        List<String> out = new ArrayList<>();
        try {
            for (ServiceReference<FrameDecoder> ref : context.getServiceReferences(FrameDecoder.class, null)) {
                FrameDecoder d = context.getService(ref);
                if (d != null) {
                    out.add(d.name() + (d.isAvailable() ? " available" : " unavailable"));
                    context.ungetService(ref);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        out.sort(null);
        return out;
    }

    private List<Long> transportsRetrieveService() {
        return GlimpseComponents.boundServiceIds(context, scr, TRANSPORT, "retrieveConfiguration");
    }

    private long serviceId(Class<?> type) {
        ServiceReference<?> ref = context.getServiceReference(type);
        return ref == null ? -1 : (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private RetrieveConfigurationService retrieve() {
        return Lookups.service(context, RetrieveConfigurationService.class);
    }
}
