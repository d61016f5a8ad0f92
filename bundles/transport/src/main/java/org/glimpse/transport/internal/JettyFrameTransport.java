package org.glimpse.transport.internal;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.host.RequestAuthorizer;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.api.transport.FrameExchange;
import org.glimpse.api.transport.FrameListener;
import org.glimpse.api.transport.FrameRequest;
import org.glimpse.api.transport.FrameTransport;
import org.glimpse.api.transport.SeriesLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link FrameTransport} service: one shared set of Jetty clients, started on activation and stopped
 * on deactivation. The host's authorizer and the retrieve configuration are optional and may come and go;
 * without them requests carry no credentials and the transport's own defaults apply.
 */
@Component(service = FrameTransport.class, configurationPid = "glimpse.transport")
@Designate(ocd = TransportConfiguration.class)
public final class JettyFrameTransport implements FrameTransport {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RequestAuthorizer authorizer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RetrieveConfigurationService retrieveConfiguration;

    private volatile WadoTransport transport;

    @Activate
    void activate(TransportConfiguration config) {
        transport = new WadoTransport(TransportSettingsMapping.from(config), this::siteFor, () -> authorizer);
    }

    @Deactivate
    void deactivate() {
        transport.close();
    }

    private SiteSettings siteFor(URI url) {
        RetrieveConfigurationService service = retrieveConfiguration;
        return service == null ? null : service.siteFor(url);
    }

    @Override
    public CompletableFuture<SeriesDescriptor> seriesMetadata(SeriesLocation series) {
        return transport.seriesMetadata(series);
    }

    @Override
    public FrameExchange fetch(FrameRequest request, FrameListener listener) {
        return transport.fetch(request, listener);
    }

    @Override
    public void viewAt(SeriesLocation series, int frameIndex) {
        transport.viewAt(series, frameIndex);
    }

    @Override
    public int cancel(SeriesLocation series) {
        return transport.cancel(series);
    }
}
