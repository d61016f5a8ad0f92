package org.glimpse.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.glimpse.server.NetworkProfile;
import org.junit.jupiter.api.Test;

class LinkTest {

    @Test
    void backToBackReservationsAreSpacedByTheSerialisationTime() {
        long[] now = {5_000_000_000L};
        Link link = new Link(30_000_000, () -> now[0]);
        long first = link.reserve(3750);
        long second = link.reserve(3750);
        long third = link.reserve(7500);
        long fourth = link.reserve(1);
        // 3750 bytes = 30 000 bits = 1 ms at 30 Mbit/s
        assertEquals(1_000_000, second - first, "spacing after 3750 bytes");
        assertEquals(1_000_000, third - second, "spacing after the second 3750 bytes");
        assertEquals(2_000_000, fourth - third, "spacing after 7500 bytes");
    }

    @Test
    void anIdleLinkStartsAtTheCurrentTimeWithoutBurstCredit() {
        long[] now = {1_000_000L};
        Link link = new Link(8_000_000, () -> now[0]);
        link.reserve(1000);
        now[0] += 50_000_000L;
        assertEquals(now[0], link.reserve(1000), "after idling, a chunk goes now, not earlier");
        assertEquals(now[0] + 1_000_000, link.reserve(1), "1000 bytes = 1 ms at 8 Mbit/s");
    }

    @Test
    void eachClientAndProfileHasItsOwnLink() {
        LinkEmulator links = new LinkEmulator();
        assertNull(links.link("127.0.0.1", NetworkProfile.LOCAL), "local is unthrottled");
        Link a = links.link("127.0.0.1", NetworkProfile.FOUR_G);
        assertSame(a, links.link("127.0.0.1", NetworkProfile.FOUR_G), "same client, same profile: shared link");
        assertNotSame(a, links.link("127.0.0.2", NetworkProfile.FOUR_G), "another client");
        assertNotSame(a, links.link("127.0.0.1", NetworkProfile.THREE_G), "another profile");
    }
}
