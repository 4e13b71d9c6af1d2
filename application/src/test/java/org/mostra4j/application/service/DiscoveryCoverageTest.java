package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Counts from several partitions add up, and the note appears exactly when Discovery cannot be seen. */
class DiscoveryCoverageTest {

    @Test
    void partitionsAddUp() {
        DiscoveryCoverage a = new DiscoveryCoverage(10, 4, 3, 1);
        DiscoveryCoverage b = new DiscoveryCoverage(6, 6, 2, 0);
        assertEquals(new DiscoveryCoverage(16, 10, 5, 1), a.plus(b));
        assertEquals(a, DiscoveryCoverage.NONE.plus(a));
    }

    @Test
    void theNoteNamesBothCountsWhenMostCandidatesLackAnArtistOrNoListenerHasHistory() {
        assertEquals(Optional.of("Discovery: not measurable on this data: 1,200 of 1,600 candidates (75%) have no artist"
                + " (the log carries no artist ids, as MSSD does), and 3 of 80 sessions have a listener with history"
                + " before them (MSSD has one proxy user per session); its rows measure 'new within the session' at"
                + " most."), new DiscoveryCoverage(1_600, 1_200, 80, 3).note());
        assertTrue(new DiscoveryCoverage(10, 0, 4, 0).note().isPresent(), "no history at all");
    }

    @Test
    void noNoteWhenHalfTheCandidatesOrMoreHaveArtistsAndSomeListenerHasHistory() {
        assertEquals(Optional.empty(), new DiscoveryCoverage(10, 5, 4, 1).note());
        assertEquals(Optional.empty(), DiscoveryCoverage.NONE.note());
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DiscoveryCoverage(3, 4, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new DiscoveryCoverage(3, 1, 1, 2));
    }
}
