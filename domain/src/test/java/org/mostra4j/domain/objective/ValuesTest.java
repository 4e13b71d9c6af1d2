package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;

/** Guards of the objective values: ids, validity periods, history. */
class ValuesTest {

    @Test
    void objectiveIdsAreLowerCaseNames() {
        assertEquals("exposure", ObjectiveId.of("exposure").value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObjectiveId.of("Exposure"));
        assertTrue(e.getMessage().contains("'Exposure'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ObjectiveId.of("1st"));
        assertThrows(IllegalArgumentException.class, () -> ObjectiveId.of(""));
        assertFalse(ObjectiveId.isValid(null));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejectedNamingBothDates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ValidityPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)));
        assertEquals("valid_to 2026-03-01 is before valid_from 2026-03-02", e.getMessage());
    }

    @Test
    void historyAddsPlaysPerTrackAndArtist() {
        ListeningHistory h = ListeningHistory.builder().add(TrackId.of("t"), ArtistId.of("a"), 2)
                .add(TrackId.of("t"), ArtistId.of("a"), 3).add(TrackId.of("u"), ArtistId.of("a"), 1).build();
        assertEquals(5, h.plays(TrackId.of("t")));
        assertEquals(6, h.plays(ArtistId.of("a")));
        assertEquals(2, h.distinctTracks());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ListeningHistory.builder().add(TrackId.of("t"), null, 0));
        assertTrue(e.getMessage().contains("plays must be > 0, was 0"), e.getMessage());
    }
}
