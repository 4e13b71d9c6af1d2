package org.mostra4j.domain.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;

/** Exposure: the track's artist is on an emerging-artist list valid at the session date (inclusive). */
class ExposureTest implements ObjectiveLaws {
    private static final ArtistId EMERGING = ArtistId.of("a1");
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);
    private final Exposure exposure = new Exposure();
    private final ObjectiveFacts facts = ObjectiveFacts.builder()
            .emergingArtists(DatedList.<ArtistId>builder().add(EMERGING, FROM, TO).build()).build();

    @Override
    public Objective newObjective() {
        return new Exposure();
    }

    @Test
    void agreesWithTheSpecOverGeneratedWorlds() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ObjectiveWorld.generator()).checkAssert(w -> {
            boolean expected = w.emerging().stream().anyMatch(l -> Optional.of(l.id()).equals(w.query().artist())
                    && !w.query().date().isBefore(l.from()) && !w.query().date().isAfter(l.to()));
            assertEquals(expected, exposure.serves(w.query(), w.facts()), w.toString());
        });
    }

    @Test
    void validityIsInclusiveAtBothEnds() {
        assertTrue(exposure.serves(query(EMERGING, FROM), facts));
        assertTrue(exposure.serves(query(EMERGING, TO), facts));
        assertTrue(exposure.serves(query(EMERGING, FROM.plusDays(10)), facts));
        assertFalse(exposure.serves(query(EMERGING, FROM.minusDays(1)), facts));
        assertFalse(exposure.serves(query(EMERGING, TO.plusDays(1)), facts));
    }

    @Test
    void anArtistNotOnTheListIsNotServed() {
        assertFalse(exposure.serves(query(ArtistId.of("a2"), FROM), facts));
    }

    @Test
    void anUnknownArtistIsNeverServed() {
        ObjectiveQuery q = new ObjectiveQuery(UserId.of("u"), TrackId.of("t"), Optional.empty(), FROM);
        assertFalse(exposure.serves(q, facts));
    }

    @Test
    void anyOfSeveralPeriodsCounts() {
        ObjectiveFacts twoPeriods = ObjectiveFacts.builder().emergingArtists(DatedList.<ArtistId>builder()
                .add(EMERGING, FROM, FROM).add(EMERGING, TO, TO).build()).build();
        assertTrue(exposure.serves(query(EMERGING, FROM), twoPeriods));
        assertTrue(exposure.serves(query(EMERGING, TO), twoPeriods));
        assertFalse(exposure.serves(query(EMERGING, FROM.plusDays(1)), twoPeriods));
    }

    private static ObjectiveQuery query(ArtistId artist, LocalDate date) {
        return new ObjectiveQuery(UserId.of("u"), TrackId.of("t"), Optional.of(artist), date);
    }
}
