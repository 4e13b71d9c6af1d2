package org.mostra4j.domain.evaluation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.evaluation.EvaluationCandidate;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.RankingPolicyLaws;
import org.mostra4j.domain.evaluation.Sessions;
import org.mostra4j.domain.session.SessionId;

class SatOnlyTest implements RankingPolicyLaws {
    @Override
    public RankingPolicy policy() {
        return new SatOnly();
    }

    @Test
    void sortsByRelevance() {
        assertEquals(List.of("t1", "t2", "t4", "t3"), PolicyOrders.tracks(policy(), Sessions.workedExample()));
    }

    @Test
    void tiesGoByTrackId() {
        EvaluationSession s = EvaluationSession.of(SessionId.of("tie"), Sessions.OBJECTIVES, List.of(
                EvaluationCandidate.unlabelled("b", 0.5), EvaluationCandidate.unlabelled("a", 0.5),
                EvaluationCandidate.unlabelled("c", 0.9)));
        assertEquals(List.of("c", "a", "b"), PolicyOrders.tracks(policy(), s));
    }
}
