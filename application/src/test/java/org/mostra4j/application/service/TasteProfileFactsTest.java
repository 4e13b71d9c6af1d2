package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.TasteProfile;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveFacts;

class TasteProfileFactsTest {
    private static final TrackVectors VECTORS = TrackVectors.builder(2)
            .put(TrackId.of("x"), new float[] {1, 0}).put(TrackId.of("y"), new float[] {0, 1}).build();
    private static final UserId USER = UserId.of("u");
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private static ObjectiveFacts withHistory(long xPlays, long yPlays) {
        return ObjectiveFacts.builder().history(ListeningHistory.builder()
                .add(TrackId.of("x"), null, xPlays).add(TrackId.of("y"), null, yPlays).build()).build();
    }

    @Test
    void theProfileOfTheHistoryBeforeTheSessionIsAttached() {
        ObjectiveFacts base = withHistory(3, 1);
        ObjectiveFacts facts = new TasteProfileFacts((u, d) -> base, VECTORS, new MinimumActivity(2, 4)).factsFor(USER, DAY);
        TasteProfile p = facts.extension(TasteProfile.class).orElseThrow();
        assertEquals(0.79056942, p.score().value(), 1e-8);
        assertEquals(base.history(), facts.history());
    }

    @Test
    void tooLittleHistoryLeavesTheFactsAsTheyAre() {
        ObjectiveFacts base = withHistory(3, 1);
        ObjectiveFacts facts = new TasteProfileFacts((u, d) -> base, VECTORS, MinimumActivity.LISTENER).factsFor(USER, DAY);
        assertSame(base, facts);
        assertTrue(facts.extension(TasteProfile.class).isEmpty());
    }
}
