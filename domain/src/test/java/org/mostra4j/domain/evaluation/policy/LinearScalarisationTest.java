package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;
import org.mostra4j.domain.catalog.ObjectiveId;

class LinearScalarisationTest implements RankingPolicyLaws {
    @Override
    public RankingPolicy policy() {
        return new LinearScalarisation(0.07, Map.of());
    }

    @Test
    void addsLambdaPerObjective() {
        // t1 0.96, t2 0.95 + 0.07 = 1.02, t3 0.80 + 0.07 = 0.87, t4 0.93 + 0.07 = 1.00
        assertEquals(List.of("t2", "t4", "t1", "t3"), PolicyOrders.tracks(policy(), Sessions.workedExample()));
    }

    @Test
    void weightsScaleTheBonusAndLambdaZeroIsSatOnly() {
        // boost weighs 0: t4 stays at 0.93
        assertEquals(List.of("t2", "t1", "t4", "t3"), PolicyOrders.tracks(
                new LinearScalarisation(0.07, Map.of(ObjectiveId.BOOST, 0.0)), Sessions.workedExample()));
        assertEquals(List.of("t1", "t2", "t4", "t3"),
                PolicyOrders.tracks(new LinearScalarisation(0, Map.of()), Sessions.workedExample()));
    }
}
