package org.glimpse.loader.internal.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glimpse.api.retrieve.PlannedRequest;
import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.RetrieveStage;
import org.glimpse.api.retrieve.SiteSettings;

/**
 * A retrieve configuration service with one configuration, planned stage by stage over every frame (what the
 * real planner does for stages without positions or decimation).
 */
final class FixedPlans implements RetrieveConfigurationService {

    private final RetrieveConfiguration configuration;

    FixedPlans(RetrieveConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public SiteSettings siteFor(URI url) {
        return new SiteSettings("test", "", configuration, configuration, List.of(), null, 6, null);
    }

    @Override
    public Optional<RetrieveConfiguration> configuration(String name) {
        return Optional.of(configuration).filter(c -> c.name().equals(name));
    }

    @Override
    public Set<String> configurationNames() {
        return Set.of(configuration.name());
    }

    @Override
    public RetrieveConfiguration fromJson(String json, String source) {
        throw new UnsupportedOperationException("the loader's tests plan fixed configurations only, not " + source);
    }

    @Override
    public RequestPlan plan(RetrieveConfiguration c, int frameCount, String transferSyntaxUid) {
        List<PlannedRequest> out = new ArrayList<>();
        for (RetrieveStage s : c.stages()) {
            for (int f = 0; f < frameCount; f++) {
                out.add(new PlannedRequest(f, s.id(), s.requestType(), s.priority(), c.optionsFor(s), null, List.of()));
            }
        }
        return new RequestPlan(c.name(), frameCount, out);
    }
}
