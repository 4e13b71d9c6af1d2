package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.Concave;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/** The spec's worked example (§2.2) and the tie-breaking rules, as examples. */
class BeamSearchTest {
    private static final SessionId SESSION = SessionId.of("worked-example");
    /** t1 s=0.96 {}, t2 s=0.95 {Exposure}, t3 s=0.80 {Discovery}, t4 s=0.93 {Boost}. */
    static final List<LabelledCandidate> WORKED_EXAMPLE = List.of(
            LabelledCandidate.of("t1", 0.96),
            LabelledCandidate.of("t2", 0.95, ObjectiveId.EXPOSURE),
            LabelledCandidate.of("t3", 0.80, ObjectiveId.DISCOVERY),
            LabelledCandidate.of("t4", 0.93, ObjectiveId.BOOST));

    static Stream<Arguments> workedExample() {
        return Stream.of(1, 3).flatMap(beam -> Stream.of(
                Arguments.of(0.0, beam, List.of("t1", "t2", "t4", "t3")),
                Arguments.of(0.05, beam, List.of("t2", "t4", "t1", "t3")),
                Arguments.of(0.2, beam, List.of("t2", "t4", "t1", "t3"))));
    }

    @ParameterizedTest(name = "ε={0}, B={1} → {2}")
    @MethodSource("workedExample")
    void workedExampleOrders(double epsilon, int beam, List<String> expected) {
        // λ = 0.07, w = 1, φ = sqrt, discount on
        SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(epsilon).withBeamWidth(beam);
        assertEquals(expected.stream().map(TrackId::of).toList(), BeamSearch.search(SESSION, WORKED_EXAMPLE, policy).tracks());
    }

    @Test
    void aListWhoseToArrayHandsBackAnotherArrayIsReadElementByElement() {
        // the decoder copies the candidates with toArray into its own array; a list that ignores that array (allowed
        // only when it does not fit, but a list may do it anyway) must not leave the last session's candidates there
        SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(0.05).withBeamWidth(1);
        BeamSearch.search(SESSION, WORKED_EXAMPLE, policy);
        List<LabelledCandidate> own = new java.util.AbstractList<>() {
            @Override
            public LabelledCandidate get(int index) {
                return WORKED_EXAMPLE.get(index);
            }

            @Override
            public int size() {
                return WORKED_EXAMPLE.size();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T[] toArray(T[] ignored) {
                return (T[]) WORKED_EXAMPLE.toArray(new LabelledCandidate[0]);
            }
        };
        BeamSearch.search(SESSION, List.of(LabelledCandidate.of("x", 0.5), LabelledCandidate.of("y", 0.4)), policy);
        assertEquals(List.of("t2", "t4", "t1", "t3").stream().map(TrackId::of).toList(),
                BeamSearch.search(SESSION, own, policy).tracks());
    }

    @Test
    void workedExampleStepOneAtEpsilonFiveHundredths() {
        assertFalse(EpsilonFilter.eligible(0.96, 0.80, 0.05), "t3 is filtered: 0.96 − 0.80 > 0.05");
        assertTrue(EpsilonFilter.eligible(0.96, 0.95, 0.05));
        assertTrue(EpsilonFilter.eligible(0.96, 0.93, 0.05));
        Placement first = BeamSearch.search(SESSION, WORKED_EXAMPLE, SequencingPolicy.defaults().withBeamWidth(1))
                .placements().get(0);
        assertEquals(TrackId.of("t2"), first.track());
        assertEquals(0.07, first.gain(), 1e-15);
        assertEquals(1.02, first.score(), 1e-12, "γ_1 (0.95 + 0.07) with γ_1 = 1");
        assertEquals(Set.of(ObjectiveId.EXPOSURE), first.objectives());
    }

    @Test
    void workedExampleScoresAreDiscountedCumulativeSums() {
        Sequence s = BeamSearch.search(SESSION, WORKED_EXAMPLE, SequencingPolicy.defaults());
        double expected = 1.02 + (0.93 + 0.07) / log2(3) + 0.96 / log2(4) + (0.80 + 0.07) / log2(5);
        assertEquals(expected, s.score(), 1e-12);
        assertEquals(4, s.length());
    }

    @Test
    void equalScoresGoToTheHigherRelevance() {
        // a: 0.5 + 1·0.5 = 1.0 exactly; b: 1.0 + 0 = 1.0 exactly
        List<LabelledCandidate> c = List.of(LabelledCandidate.of("a", 0.5, ObjectiveId.EXPOSURE), LabelledCandidate.of("b", 1.0));
        SequencingPolicy p = new SequencingPolicy(1.0, 1.0, Map.of(ObjectiveId.EXPOSURE, 0.5),
                Map.of(ObjectiveId.EXPOSURE, Concave.LINEAR), 1, 0, false);
        assertEquals(List.of(TrackId.of("b"), TrackId.of("a")), BeamSearch.search(SESSION, c, p).tracks());
    }

    @Test
    void equalScoresAndRelevanceGoToTheSmallerTrackIdAsAString() {
        List<LabelledCandidate> c = List.of(LabelledCandidate.of("t9", 0.5), LabelledCandidate.of("t10", 0.5),
                LabelledCandidate.of("t1", 0.5));
        for (int beam : new int[] {1, 2, 5}) {
            assertEquals(List.of("t1", "t10", "t9"), BeamSearch.search(SESSION, c, SequencingPolicy.defaults()
                    .withBeamWidth(beam)).tracks().stream().map(TrackId::value).toList());
        }
    }

    @Test
    void lengthCutsTheSequenceAndZeroMeansAll() {
        SequencingPolicy p = SequencingPolicy.defaults();
        assertEquals(2, BeamSearch.search(SESSION, WORKED_EXAMPLE, p.withLength(2)).length());
        assertEquals(4, BeamSearch.search(SESSION, WORKED_EXAMPLE, p.withLength(9)).length());
        assertEquals(4, BeamSearch.search(SESSION, WORKED_EXAMPLE, p.withLength(SequencingPolicy.ALL)).length());
    }

    @Test
    void noCandidatesGiveAnEmptySequence() {
        Sequence s = BeamSearch.search(SESSION, List.of(), SequencingPolicy.defaults());
        assertEquals(0, s.length());
        assertEquals(0.0, s.score());
    }

    @Test
    void duplicateTracksAreRejected() {
        List<LabelledCandidate> c = List.of(LabelledCandidate.of("a", 0.5), LabelledCandidate.of("a", 0.7));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BeamSearch.search(SESSION, c, SequencingPolicy.defaults()));
        assertEquals("duplicate candidate a", e.getMessage());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
