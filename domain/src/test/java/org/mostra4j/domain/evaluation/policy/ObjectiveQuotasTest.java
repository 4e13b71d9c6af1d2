package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;

class ObjectiveQuotasTest implements RankingPolicyLaws {
    @Override
    public RankingPolicy policy() {
        return new ObjectiveQuotas(Map.of(ObjectiveId.DISCOVERY, 0.3, ObjectiveId.BOOST, 0.2));
    }

    @Test
    void halfTheSlotsForDiscoveryPutsItSecond() {
        // t=1 owes nothing -> t1; t=2 discovery owed 1 -> t3; t=3 free -> t2; t=4 discovery owed, none left -> t4
        assertEquals(List.of("t1", "t3", "t2", "t4"), PolicyOrders.tracks(
                new ObjectiveQuotas(Map.of(ObjectiveId.DISCOVERY, 0.5)), Sessions.workedExample()));
    }

    @Test
    void theObjectiveFurthestBehindGetsTheSlot() {
        // t=1 owes nothing -> t1; t=2 both owed 1, the tie goes to boost (first in the session's objective order)
        // -> t4; t=3 discovery behind by 1 -> t3; t=4 both owed 1 again, boost has no track left -> t2
        assertEquals(List.of("t1", "t4", "t3", "t2"), PolicyOrders.tracks(
                new ObjectiveQuotas(Map.of(ObjectiveId.BOOST, 0.5, ObjectiveId.DISCOVERY, 0.5)),
                Sessions.workedExample()));
    }

    @Test
    void noSharesIsSatOrderAndSharesAboveOneAreRefused() {
        assertEquals(List.of("t1", "t2", "t4", "t3"),
                PolicyOrders.tracks(new ObjectiveQuotas(Map.of()), Sessions.workedExample()));
        assertThrows(IllegalArgumentException.class,
                () -> new ObjectiveQuotas(Map.of(ObjectiveId.BOOST, 0.6, ObjectiveId.DISCOVERY, 0.6)));
        assertThrows(IllegalArgumentException.class, () -> new ObjectiveQuotas(Map.of(ObjectiveId.BOOST, -0.1)));
    }
}
