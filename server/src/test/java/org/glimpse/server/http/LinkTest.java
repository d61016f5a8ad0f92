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
        // each returns when its last byte has crossed; 3750 bytes = 30 000 bits = 1 ms at 30 Mbit/s
        assertEquals(now[0] + 1_000_000, first, "the first 3750 bytes");
        assertEquals(1_000_000, second - first, "the second 3750 bytes, after the first");
        assertEquals(2_000_000, third - second, "7500 bytes after those");
        assertEquals(267, fourth - third, "1 byte after those");
    }

    @Test
    void anIdleLinkStartsAtTheCurrentTimeWithoutBurstCredit() {
        long[] now = {1_000_000L};
        Link link = new Link(8_000_000, () -> now[0]);
        link.reserve(1000);
        now[0] += 50_000_000L;
        assertEquals(now[0] + 1_000_000, link.reserve(1000), "after idling, a chunk starts now, not earlier,"
                + " and has crossed 1 ms later (1000 bytes at 8 Mbit/s)");
    }

    @Test
    void aSenderThatWokeUpLateLosesNoLinkTimeWithinTheCatchUp() {
        long[] now = {1_000_000_000L};
        Link link = new Link(8_000_000, () -> now[0]);
        long end = link.reserve(1000);
        now[0] = end + 2_000_000L;
        long next = link.reserve(1000, BodyChannel.earliest(end, link.now()));
        assertEquals(end + 1_000_000, next, "2 ms late: the next chunk follows the previous one on the link");
        now[0] = next + BodyChannel.CATCH_UP_NANOS + 1;
        assertEquals(now[0] + 1_000_000, link.reserve(1000, BodyChannel.earliest(next, link.now())),
                "later than the catch-up: the link idled, the chunk starts now");
    }

    @Test
    void aLateSenderStillWaitsForAnotherResponsesReservation() {
        long[] now = {1_000_000_000L};
        Link link = new Link(8_000_000, () -> now[0]);
        long mine = link.reserve(1000);
        long theirs = link.reserve(3000);
        now[0] = mine + 1_000_000L;
        assertEquals(theirs + 1_000_000, link.reserve(1000, BodyChannel.earliest(mine, link.now())),
                "the link is shared: the catch-up never overlaps another reservation");
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
