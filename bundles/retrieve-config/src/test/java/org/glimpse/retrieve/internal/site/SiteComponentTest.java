package org.glimpse.retrieve.internal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Config Admin life of one site: activate, modified (valid and invalid), deactivate. */
class SiteComponentTest {
    private final List<String> logged = new ArrayList<>();
    private final SiteComponent site = new SiteComponent(logged::add);

    @Test
    void aValidUpdateReplacesTheSettingsForTheNextCaller() {
        site.activate(config("https://pacs/dicomweb", "4"));
        assertEquals(4, site.current().orElseThrow().settings().maxConnections(), "after activate");
        site.modified(config("https://pacs/dicomweb", "9"));
        assertEquals(9, site.current().orElseThrow().settings().maxConnections(), "after modified");
        assertTrue(site.lastRejection().isEmpty(), "nothing rejected");
        assertEquals(List.of(), logged, "nothing logged");
    }

    @Test
    void anInvalidUpdateIsRejectedLoggedOnceAndThePreviousSettingsStay() {
        site.activate(config("https://pacs/dicomweb", "4"));
        site.modified(config("https://pacs/dicomweb", "lots"));
        site.modified(config("https://pacs/dicomweb", "lots"));
        assertEquals(4, site.current().orElseThrow().settings().maxConnections(), "previous valid settings");
        String rejection = site.lastRejection().orElseThrow();
        assertTrue(rejection.contains("maxConnections: 'lots' is not a whole number"), rejection);
        assertTrue(rejection.contains("glimpse.site~ct"), "names the PID: " + rejection);
        assertEquals(1, logged.size(), "the same rejection is logged once: " + logged);
        assertTrue(logged.get(0).endsWith("its previous valid configuration stays in force"), logged.get(0));

        site.modified(config("https://pacs/dicomweb", "5"));
        assertEquals(5, site.current().orElseThrow().settings().maxConnections(), "fixed configuration applies");
        assertTrue(site.lastRejection().isEmpty(), "rejection cleared by a valid update");
        site.modified(config("https://pacs/dicomweb", "lots"));
        assertEquals(2, logged.size(), "a new rejection after a good one is logged again: " + logged);
    }

    @Test
    void anInvalidFirstConfigurationLeavesTheSiteUnused() {
        site.activate(config("pacs", "4"));
        assertTrue(site.current().isEmpty(), "no valid settings yet");
        assertTrue(site.lastRejection().orElseThrow().contains("urlPrefix: 'pacs'"), site.lastRejection().get());
        assertTrue(logged.get(0).endsWith("the site is not used until this is fixed"), logged.get(0));
        assertEquals("glimpse.site~ct", site.pid(), "PID known even when rejected");
    }

    @Test
    void deactivationWithdrawsTheSite() {
        site.activate(config("https://pacs/dicomweb", "4"));
        site.deactivate();
        assertFalse(site.current().isPresent(), "deleted configuration");
    }

    static Map<String, Object> config(String urlPrefix, String maxConnections) {
        Map<String, Object> p = new HashMap<>();
        p.put("service.pid", "glimpse.site~ct");
        p.put("urlPrefix", urlPrefix);
        p.put("maxConnections", maxConnections);
        return p;
    }
}
