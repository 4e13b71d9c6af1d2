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

/** Boost: the track is on an editorial boost list valid at the session date (inclusive). */
class BoostTest implements ObjectiveLaws {
    private static final TrackId BOOSTED = TrackId.of("t1");
    private static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 7);
    private final Boost boost = new Boost();
    private final ObjectiveFacts facts = ObjectiveFacts.builder()
            .boosts(DatedList.<TrackId>builder().add(BOOSTED, FROM, TO).build()).build();

    @Override
    public Objective newObjective() {
        return new Boost();
    }

    @Test
    void agreesWithTheSpecOverGeneratedWorlds() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ObjectiveWorld.generator()).checkAssert(w -> {
            boolean expected = w.boosted().stream().anyMatch(l -> l.id().equals(w.query().track())
                    && !w.query().date().isBefore(l.from()) && !w.query().date().isAfter(l.to()));
            assertEquals(expected, boost.serves(w.query(), w.facts()), w.toString());
        });
    }

    @Test
    void validityIsInclusiveAtBothEnds() {
        assertTrue(boost.serves(query(BOOSTED, FROM), facts));
        assertTrue(boost.serves(query(BOOSTED, TO), facts));
        assertFalse(boost.serves(query(BOOSTED, FROM.minusDays(1)), facts));
        assertFalse(boost.serves(query(BOOSTED, TO.plusDays(1)), facts));
    }

    @Test
    void aTrackNotOnTheListIsNotServed() {
        assertFalse(boost.serves(query(TrackId.of("t2"), FROM), facts));
    }

    @Test
    void theArtistIsIrrelevantEvenWhenUnknown() {
        ObjectiveQuery unknownArtist = new ObjectiveQuery(UserId.of("u"), BOOSTED, Optional.empty(), FROM);
        assertTrue(boost.serves(unknownArtist, facts));
    }

    @Test
    void aSingleDayPeriodHoldsOnThatDayOnly() {
        ObjectiveFacts oneDay = ObjectiveFacts.builder().boosts(DatedList.<TrackId>builder().add(BOOSTED, FROM, FROM).build())
                .build();
        assertTrue(boost.serves(query(BOOSTED, FROM), oneDay));
        assertFalse(boost.serves(query(BOOSTED, FROM.plusDays(1)), oneDay));
    }

    private static ObjectiveQuery query(TrackId track, LocalDate date) {
        return new ObjectiveQuery(UserId.of("u"), track, Optional.of(ArtistId.of("a")), date);
    }
}
