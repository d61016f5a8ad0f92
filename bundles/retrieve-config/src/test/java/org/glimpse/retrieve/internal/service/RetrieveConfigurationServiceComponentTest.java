package org.glimpse.retrieve.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.retrieve.internal.site.SiteComponentAccess;
import org.junit.jupiter.api.Test;

/** The service over several sites, each a SiteComponent driven as Config Admin would drive it. */
class RetrieveConfigurationServiceComponentTest {
    private final RetrieveConfigurationServiceComponent service = new RetrieveConfigurationServiceComponent();
    private final List<String> logged = new ArrayList<>();

    @Test
    void aConfigurationReadFromJsonIsValidatedNamingItsSource() {
        assertEquals("jls-full", service.fromJson("{name: 'jls-full', stages: [{id: 'all', retrieveType: 'full'}],"
                + " retrieveOptions: {full: {framesPath: '/jls/'}}}", "jls-full.json").name());
        assertEquals("from-file.json", service.fromJson("{stages: [{id: 'all'}], retrieveOptions: {}}",
                "from-file.json").name(), "the source names a configuration that has no name of its own");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> service.fromJson("{stages: [{id: 'all', decimate: 0}], retrieveOptions: {}}", "bad.json"));
        assertTrue(e.getMessage().contains("'bad.json'") && e.getMessage().contains("decimate"), e.getMessage());
    }

    @Test
    void withoutSitesEveryUrlGetsTheDefaults() {
        assertSame(RetrieveConfigurationServiceComponent.DEFAULTS, service.siteFor(URI.create("https://any/x")),
                "defaults");
        assertEquals("interleaved", service.siteFor(URI.create("https://any/x")).configurationFor(SeriesKind.VOLUME)
                .name(), "volume default");
    }

    @Test
    void theLongestMatchingPrefixWinsAtAPathSegmentBoundary() {
        site("glimpse.site~all", Map.of("urlPrefix", "https://pacs.example.org/"));
        site("glimpse.site~dw", Map.of("urlPrefix", "https://pacs.example.org/dicomweb"));
        site("glimpse.site~other", Map.of("urlPrefix", "https://other.example.org/dicomweb"));
        assertEquals("dw", nameFor("https://pacs.example.org/dicomweb/studies/1.2/series/3.4"), "longer prefix");
        assertEquals("dw", nameFor("HTTPS://PACS.example.org/dicomweb"), "scheme and host compare without case");
        assertEquals("all", nameFor("https://pacs.example.org/dicomweb2/studies/1"), "not inside a segment");
        assertEquals("all", nameFor("https://pacs.example.org/DICOMWEB/studies"), "paths are case-sensitive");
        assertEquals("default", nameFor("https://elsewhere.example.org/dicomweb"), "no match");
        assertEquals("default", nameFor("https://pacs.example.org:8443/dicomweb"), "another port is another server");
        assertEquals("default", nameFor("https://pacs.example.org.evil.test/dicomweb"), "host must end at the prefix");
    }

    @Test
    void equalPrefixesAnswerWithTheSiteWhoseNameSortsFirst() {
        site("glimpse.site~b", Map.of("urlPrefix", "https://pacs/dicomweb"));
        site("glimpse.site~a", Map.of("urlPrefix", "https://pacs/dicomweb"));
        assertEquals("a", nameFor("https://pacs/dicomweb/studies"), "stable answer whatever the binding order");
    }

    @Test
    void aTrailingSlashInThePrefixStillMatchesTheBareBaseUrl() {
        site("glimpse.site~dw", Map.of("urlPrefix", "https://pacs.example.org/dicomweb/"));
        assertEquals("dw", nameFor("https://pacs.example.org/dicomweb"), "base URL without the slash");
        assertEquals("dw", nameFor("https://pacs.example.org/dicomweb/studies"), "below it");
        assertEquals("default", nameFor("https://pacs.example.org/dicomweb2"), "not a sibling");
    }

    @Test
    void aDisabledOrRejectedSiteIsNotOfferedAndTheRejectionIsVisible() {
        site("glimpse.site~off", Map.of("urlPrefix", "https://pacs/dicomweb", "enabled", "false"));
        site("glimpse.site~bad", Map.of("urlPrefix", "https://pacs/", "maxConnections", "x"));
        assertEquals("default", nameFor("https://pacs/dicomweb/studies"), "neither site is offered");
        Map<String, String> rejections = service.rejections();
        assertEquals(List.of("glimpse.site~bad"), List.copyOf(rejections.keySet()), "only the bad one");
        assertTrue(rejections.get("glimpse.site~bad").contains("maxConnections: 'x' is not a whole number"),
                rejections.toString());
    }

    @Test
    void aChangedConfigurationAppliesToTheNextCallAndARejectedChangeDoesNot() {
        SiteComponentAccess ct = site("glimpse.site~ct", Map.of("urlPrefix", "https://pacs/dicomweb",
                "stackConfiguration", "single"));
        var before = service.siteFor(URI.create("https://pacs/dicomweb/studies/1"));
        ct.modified(Map.of("service.pid", "glimpse.site~ct", "urlPrefix", "https://pacs/dicomweb",
                "stackConfiguration", "jls-thumbnail"));
        assertEquals("jls-thumbnail", service.siteFor(URI.create("https://pacs/dicomweb/x"))
                .configurationFor(SeriesKind.STACK).name(), "next call sees the change");
        assertEquals("single", before.configurationFor(SeriesKind.STACK).name(),
                "a caller that already holds settings keeps them");
        ct.modified(Map.of("service.pid", "glimpse.site~ct", "urlPrefix", "https://pacs/dicomweb",
                "stackConfiguration", "nonsense"));
        assertEquals("jls-thumbnail", service.siteFor(URI.create("https://pacs/dicomweb/x"))
                .configurationFor(SeriesKind.STACK).name(), "rejected change: previous valid configuration");
        assertTrue(service.rejections().get("glimpse.site~ct").contains("'nonsense'"), service.rejections()
                .toString());
    }

    @Test
    void siteJsonConfigurationsAreKnownByNameWhileTheSiteExists() {
        SiteComponentAccess ct = site("glimpse.site~ct", Map.of("urlPrefix", "https://pacs/dicomweb",
                "volumeConfiguration", "{name: 'ct-volume', stages: [{id: 'all'}]}"));
        assertTrue(service.configurationNames().containsAll(List.of("ct-volume", "interleaved", "sequential",
                "single", "htj2k-byte-range", "htj2k-streaming", "jls-thumbnail", "server-reduced")),
                service.configurationNames().toString());
        assertEquals("all", service.configuration("ct-volume").orElseThrow().stages().get(0).id(), "by name");
        service.removeSite(ct.site());
        assertTrue(service.configuration("ct-volume").isEmpty(), "gone with its site");
        assertTrue(service.configuration("interleaved").isPresent(), "built-ins stay");
    }

    @Test
    void plansComeFromTheNamedConfiguration() {
        var plan = service.plan(service.configuration("sequential").orElseThrow(), 3, "1.2.840.10008.1.2.4.202");
        assertEquals(6, plan.requests().size(), "two stages × three frames");
        assertEquals("sequential", plan.configurationName(), "named");
    }

    private SiteComponentAccess site(String pid, Map<String, Object> properties) {
        Map<String, Object> p = new HashMap<>(properties);
        p.put("service.pid", pid);
        SiteComponentAccess access = SiteComponentAccess.create(logged::add);
        access.activate(p);
        service.addSite(access.site());
        return access;
    }

    private String nameFor(String url) {
        return service.siteFor(URI.create(url)).name();
    }
}
