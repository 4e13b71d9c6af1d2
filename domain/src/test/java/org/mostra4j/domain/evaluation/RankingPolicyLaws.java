package org.mostra4j.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.session.SessionId;

/**
 * The contract of {@link RankingPolicy}: every policy's test class implements this interface and
 * inherits the law checks. A user's own policy can do the same (the interface is in the domain test-jar).
 */
public interface RankingPolicyLaws {

    RankingPolicy policy();

    @Test
    default void lawPermutation_orderServesEveryCandidateExactlyOnce() {
        qt().withExamples(60).forAll(longs().between(0, 1_000_000), integers().between(0, 14)).checkAssert((seed, n) -> {
            int[] order = policy().order(Sessions.random(seed, n));
            assertEquals(n, order.length);
            boolean[] seen = new boolean[n];
            for (int i : order) {
                assertEquals(false, seen[i], "index " + i + " served twice");
                seen[i] = true;
            }
        });
    }

    @Test
    default void lawDeterministic_sameSessionSameOrder() {
        qt().withExamples(30).forAll(longs().between(0, 1_000_000), integers().between(1, 14)).checkAssert((seed, n) ->
                assertArrayEquals(policy().order(Sessions.random(seed, n)), policy().order(Sessions.random(seed, n))));
    }

    @Test
    default void lawEmpty_emptySessionGivesEmptyOrder() {
        EvaluationSession empty = EvaluationSession.of(SessionId.of("empty"), Sessions.OBJECTIVES, List.of());
        assertEquals(0, policy().order(empty).length);
    }
}
