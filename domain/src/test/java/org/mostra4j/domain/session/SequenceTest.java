package org.mostra4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.ObjectiveId;

/** Placement and Sequence guard their invariants. */
class SequenceTest {

    @Test
    void placementRejectsBadValuesNamingThem() {
        TrackId t = TrackId.of("t");
        assertMessage("position must be >= 1, was 0", () -> new Placement(0, t, 0.5, 0, Set.of(), 0.5));
        assertMessage("relevance must be in [0,1], was 1.5", () -> new Placement(1, t, 1.5, 0, Set.of(), 0.5));
        assertMessage("gain must be finite, was NaN", () -> new Placement(1, t, 0.5, Double.NaN, Set.of(), 0.5));
        assertMessage("score must be finite, was Infinity",
                () -> new Placement(1, t, 0.5, 0, Set.of(), Double.POSITIVE_INFINITY));
    }

    @Test
    void placementCopiesItsObjectives() {
        Set<ObjectiveId> labels = new HashSet<>(Set.of(ObjectiveId.BOOST));
        Placement p = new Placement(1, TrackId.of("t"), 0.5, 0.07, labels, 0.57);
        labels.add(ObjectiveId.EXPOSURE);
        assertEquals(Set.of(ObjectiveId.BOOST), p.objectives());
    }

    @Test
    void sequenceRequiresPositionsOneToNInOrder() {
        Placement first = new Placement(1, TrackId.of("a"), 0.5, 0, Set.of(), 0.5);
        Placement third = new Placement(3, TrackId.of("b"), 0.5, 0, Set.of(), 0.8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sequence(SessionId.of("s"), List.of(first, third)));
        assertTrue(e.getMessage().contains("position 3 found at index 1"), e.getMessage());
    }

    @Test
    void sequenceReportsTracksLengthAndFinalScore() {
        Sequence s = new Sequence(SessionId.of("s"), List.of(new Placement(1, TrackId.of("a"), 0.5, 0, Set.of(), 0.5),
                new Placement(2, TrackId.of("b"), 0.4, 0, Set.of(), 0.75)));
        assertEquals(List.of(TrackId.of("a"), TrackId.of("b")), s.tracks());
        assertEquals(0.75, s.score());
        assertEquals(2, s.length());
        assertEquals(0.0, new Sequence(SessionId.of("s"), List.of()).score());
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }
}
