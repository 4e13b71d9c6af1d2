package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.Concave;

/** Every knob is validated with a message naming the field and the value. */
class SequencingPolicyTest {
    private final SequencingPolicy d = SequencingPolicy.defaults();

    @Test
    void defaultsAreTheSpecs() {
        assertEquals(0.05, d.epsilon());
        assertEquals(0.07, d.lambda());
        assertEquals(5, d.beamWidth());
        assertEquals(SequencingPolicy.ALL, d.length());
        assertEquals(true, d.discount());
        assertEquals(1.0, d.weight(ObjectiveId.BOOST));
        assertEquals(Concave.SQRT, d.concave(ObjectiveId.BOOST));
    }

    @Test
    void epsilonOutsideTheUnitIntervalIsRejected() {
        rejected("epsilon must be in [0,1], was -0.1", () -> d.withEpsilon(-0.1));
        rejected("epsilon must be in [0,1], was 1.5", () -> d.withEpsilon(1.5));
        rejected("epsilon must be in [0,1], was NaN", () -> d.withEpsilon(Double.NaN));
        assertEquals(0.0, d.withEpsilon(0.0).epsilon());
        assertEquals(1.0, d.withEpsilon(1.0).epsilon());
    }

    @Test
    void negativeOrNonFiniteLambdaIsRejected() {
        rejected("lambda must be finite and >= 0, was -1.0", () -> d.withLambda(-1));
        rejected("lambda must be finite and >= 0, was Infinity", () -> d.withLambda(Double.POSITIVE_INFINITY));
    }

    @Test
    void negativeOrMissingWeightsAreRejectedNamingTheObjective() {
        rejected("weight of exposure must be finite and >= 0, was -2.0", () -> d.withWeight(ObjectiveId.EXPOSURE, -2));
        Map<ObjectiveId, Double> withNull = new HashMap<>();
        withNull.put(ObjectiveId.BOOST, null);
        rejected("weight of boost must be finite and >= 0, was null",
                () -> new SequencingPolicy(0, 0, withNull, Map.of(), 1, 0, true));
    }

    @Test
    void beamWidthOutsideOneToSixtyFourIsRejected() {
        rejected("beam must be in 1..64, was 0", () -> d.withBeamWidth(0));
        rejected("beam must be in 1..64, was 65", () -> d.withBeamWidth(65));
        assertEquals(64, d.withBeamWidth(64).beamWidth());
    }

    @Test
    void negativeLengthIsRejected() {
        rejected("length must be >= 0 (0 = all candidates), was -1", () -> d.withLength(-1));
    }

    @Test
    void outputLengthIsMinOfLengthAndCandidates() {
        assertEquals(7, d.outputLength(7));
        assertEquals(3, d.withLength(3).outputLength(7));
        assertEquals(2, d.withLength(3).outputLength(2));
    }

    private static void rejected(String message, Supplier<SequencingPolicy> build) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, build::get).getMessage());
    }
}
