package org.glimpse.retrieve.internal.service;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.glimpse.api.retrieve.RequestPlan;
import org.glimpse.api.retrieve.RetrieveConfiguration;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.glimpse.api.retrieve.SiteSettings;
import org.glimpse.retrieve.internal.builtin.BuiltInConfigurations;
import org.glimpse.retrieve.internal.json.RetrieveConfigurationJson;
import org.glimpse.retrieve.internal.plan.RequestPlanner;
import org.glimpse.retrieve.internal.site.SiteDefinition;
import org.glimpse.retrieve.internal.site.SiteProperties;
import org.glimpse.retrieve.internal.site.SiteSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The retrieve-configuration service: built-in configurations, the {@code glimpse.site} configurations that
 * are currently valid and enabled, and request plans. Sites come and go with their configurations; each
 * call reads the sites' current definitions, so a change applies to the next call.
 */
@Component(service = RetrieveConfigurationService.class)
public final class RetrieveConfigurationServiceComponent implements RetrieveConfigurationService {

    /** What a URL without a matching site gets. */
    public static final SiteSettings DEFAULTS = new SiteSettings("default", "",
            BuiltInConfigurations.all().get(BuiltInConfigurations.SEQUENTIAL),
            BuiltInConfigurations.all().get(BuiltInConfigurations.INTERLEAVED), List.of(), null,
            (Integer) SiteProperties.defaultValue(SiteProperties.MAX_CONNECTIONS), null);

    private static final Comparator<SiteDefinition> BY_NAME = Comparator
            .comparing((SiteDefinition d) -> d.settings().name()).thenComparing(d -> String.valueOf(d.pid()));

    private final List<SiteSource> sites = new CopyOnWriteArrayList<>();
    private final RequestPlanner planner = new RequestPlanner();
    private final RetrieveConfigurationJson jsonReader = new RetrieveConfigurationJson();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeSite")
    public void addSite(SiteSource site) {
        sites.add(site);
    }

    public void removeSite(SiteSource site) {
        sites.remove(site);
    }

    @Override
    public SiteSettings siteFor(URI url) {
        Objects.requireNonNull(url, "url is null");
        String u = url.toString();
        SiteSettings best = null;
        int bestLength = -1;
        for (SiteDefinition d : enabledSites()) {
            SiteSettings s = d.settings();
            int length = UrlPrefix.match(s.urlPrefix(), u);
            // Sites come sorted by name, so equal prefixes (a configuration mistake) still answer stably.
            if (length > bestLength) {
                best = s;
                bestLength = length;
            }
        }
        return best == null ? DEFAULTS : best;
    }

    @Override
    public Optional<RetrieveConfiguration> configuration(String name) {
        // a built-in wins over a site's configuration of the same name, so it needs no walk over the sites (a load
        // asks before its first request)
        Optional<RetrieveConfiguration> builtIn = BuiltInConfigurations.byName(name);
        return builtIn.isPresent() ? builtIn : Optional.ofNullable(allConfigurations().get(name));
    }

    @Override
    public Set<String> configurationNames() {
        return Set.copyOf(allConfigurations().keySet());
    }

    @Override
    public RetrieveConfiguration fromJson(String json, String source) {
        Objects.requireNonNull(source, "source is null");
        return jsonReader.read(json, source);
    }

    @Override
    public RequestPlan plan(RetrieveConfiguration configuration, int frameCount, String transferSyntaxUid) {
        Objects.requireNonNull(configuration, "configuration is null");
        return planner.plan(configuration, frameCount, transferSyntaxUid);
    }

    @Override
    public Map<String, String> rejections() {
        Map<String, String> out = new TreeMap<>();
        for (SiteSource s : sites) {
            s.lastRejection().ifPresent(r -> out.put(s.pid(), r));
        }
        return out;
    }

    private List<SiteDefinition> enabledSites() {
        return sites.stream().map(SiteSource::current).flatMap(Optional::stream).filter(SiteDefinition::enabled)
                .sorted(BY_NAME).toList();
    }

    /** Built-ins first; a site's own configuration is added under its name unless a built-in has it. */
    private Map<String, RetrieveConfiguration> allConfigurations() {
        Map<String, RetrieveConfiguration> all = new TreeMap<>(BuiltInConfigurations.all());
        for (SiteDefinition d : enabledSites()) {
            all.putIfAbsent(d.settings().stackConfiguration().name(), d.settings().stackConfiguration());
            all.putIfAbsent(d.settings().volumeConfiguration().name(), d.settings().volumeConfiguration());
        }
        return all;
    }
}
