package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Declarative Services wiring of the Glimpse bundles in the assembled workstation: a bundle can be ACTIVE
 * while its components are unsatisfied, so each component's state is read from SCR's runtime.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ComponentsIT {

    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return WorkstationOptions.all(Workstation.fromSystemProperty(), "components");
    }

    @Test
    public void noGlimpseComponentIsUnsatisfiedOrFailed() {
        assertEquals("Glimpse components not satisfied", List.of(), GlimpseComponents.problems(context, scr));
    }

    @Test
    public void theServicesOtherBundlesNeedAreRegistered() {
        assertNotNull("no RetrieveConfigurationService",
                context.getServiceReference(RetrieveConfigurationService.class));
        assertNotNull("no FrameTransport", context.getServiceReference(FrameTransport.class));
        assertNotNull("no ProgressiveLoader", context.getServiceReference(org.glimpse.api.loader.ProgressiveLoader.class));
        ServiceReference<FrameDecoder> decoder = context.getServiceReference(FrameDecoder.class);
        assertNotNull("no FrameDecoder", decoder);
        Object syntaxes = decoder.getProperty(FrameDecoder.TRANSFER_SYNTAX_PROPERTY);
        assertNotNull("a FrameDecoder without " + FrameDecoder.TRANSFER_SYNTAX_PROPERTY, syntaxes);
    }

    /**
     * A decoder names its transfer syntaxes twice, in its component properties (how the loader finds it) and
     * in {@code transferSyntaxes()} (what it accepts): the two must be the same set for every decoder.
     */
    @Test
    public void everyDecoderIsRegisteredForExactlyTheSyntaxesItDecodes() throws Exception {
        List<String> checked = new ArrayList<>();
        for (ServiceReference<FrameDecoder> ref : context.getServiceReferences(FrameDecoder.class, null)) {
            FrameDecoder decoder = context.getService(ref);
            try {
                Set<String> registered = syntaxes(ref.getProperty(FrameDecoder.TRANSFER_SYNTAX_PROPERTY));
                assertEquals(decoder.name() + " (" + ref.getProperty("component.name") + "): service property "
                        + FrameDecoder.TRANSFER_SYNTAX_PROPERTY + " against transferSyntaxes()",
                        new TreeSet<>(decoder.transferSyntaxes()), registered);
                checked.add(decoder.name());
            } finally {
                context.ungetService(ref);
            }
        }
        assertTrue("too few decoders compared: " + checked, checked.size() >= 5);
    }

    private static Set<String> syntaxes(Object property) {
        Set<String> out = new TreeSet<>();
        if (property instanceof String[]) {
            out.addAll(Arrays.asList((String[]) property));
        } else if (property != null) {
            out.add(property.toString());
        }
        return out;
    }

    @Test
    public void retrieveServiceAnswersWithBuiltInsWithoutAnySiteConfiguration() throws Exception {
        RetrieveConfigurationService service = context.getService(
                context.getServiceReference(RetrieveConfigurationService.class));
        assertFalse("no built-in configuration", service.configurationNames().isEmpty());
        for (String builtIn : List.of("single", "sequential", "interleaved")) {
            assertTrue(builtIn + " missing from " + service.configurationNames(),
                    service.configuration(builtIn).isPresent());
        }
        assertNotNull("no default site", service.siteFor(java.net.URI.create("http://127.0.0.1:1/dicomweb")));
    }
}
