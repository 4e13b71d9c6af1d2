package org.mostra4j.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.session.SessionId;

/** Every metric of one served order of the worked example, computed by hand. */
class SessionScorerTest {
    private static final double TOL = 1e-12;
    private final MetricLayout layout = MetricLayout.of(Sessions.OBJECTIVES, 2);
    private final double[] values = new double[layout.size()];
    private final boolean[] defined = new boolean[layout.size()];

    /** Served t2, t4, t1, t3 (Mostra at ε = 0.05), true completions 0.5, 0.8, 0.9, 0.1 in that order. */
    private void scoreWorkedExample(double[] truth) {
        if (truth == null) {
            new SessionScorer(2).score(Sessions.workedExample(), new int[] {1, 3, 0, 2}, values, defined);
        } else {
            new SessionScorer(2).score(Sessions.workedExample(), new int[] {1, 3, 0, 2}, truth, values, defined);
        }
    }

    @Test
    void predictedSatAndNdcg() {
        scoreWorkedExample(null);
        assertEquals(0.95 + 0.93, values[MetricLayout.SAT_PREDICTED], TOL);
        // (0.95 + 0.93/log2 3) / (0.96 + 0.95/log2 3)
        assertEquals(0.9854951662197825, values[MetricLayout.NDCG_PREDICTED], TOL);
    }

    @Test
    void loggedLabelsOfTheTopTwoAreBothZero() {
        scoreWorkedExample(null);
        assertEquals(0.0, values[MetricLayout.SAT_LOGGED], TOL);
        assertEquals(0.0, values[MetricLayout.NDCG_LOGGED], TOL);
        assertTrue(defined[MetricLayout.SAT_LOGGED]);
    }

    @Test
    void trueMetricsAreUndefinedWithoutAnOracle() {
        scoreWorkedExample(null);
        assertFalse(defined[MetricLayout.SAT_TRUE]);
        assertFalse(defined[MetricLayout.NDCG_TRUE]);
    }

    @Test
    void trueSatUsesTheServedCompletions() {
        scoreWorkedExample(new double[] {0.5, 0.8, 0.9, 0.1});
        assertEquals(1.3, values[MetricLayout.SAT_TRUE], TOL);
        // (0.5 + 0.8/log2 3) / (0.9 + 0.8/log2 3)
        assertEquals(0.7152505679780017, values[MetricLayout.NDCG_TRUE], TOL);
    }

    @Test
    void objectiveCountsSharesAndCoverage() {
        scoreWorkedExample(null);
        // objectives in id order: boost (0), discovery (1), exposure (2); top 2 = t2 {exposure}, t4 {boost}
        assertEquals(1.0, values[MetricLayout.count(0)]);
        assertEquals(0.5, values[MetricLayout.share(0)], TOL);
        assertEquals(0.0, values[MetricLayout.count(1)]);
        assertEquals(1.0, values[MetricLayout.count(2)]);
        assertEquals(2.0 / 3.0, values[MetricLayout.COVERAGE], TOL);
        assertEquals("count_exposure", layout.metrics().get(MetricLayout.count(2)).key());
    }

    @Test
    void partlyLabelledSessionsHaveNoLoggedMetricsAndNoObjectivesNoCoverage() {
        EvaluationSession s = EvaluationSession.of(SessionId.of("p"), Sessions.OBJECTIVES, List.of(
                EvaluationCandidate.of("a", 0.4, true), EvaluationCandidate.unlabelled("b", 0.6)));
        new SessionScorer(10).score(s, new int[] {1, 0}, values, defined);
        assertFalse(defined[MetricLayout.SAT_LOGGED]);
        assertFalse(defined[MetricLayout.COVERAGE]);
        assertEquals(1.0, values[MetricLayout.SAT_PREDICTED], TOL);
        assertEquals(1.0, values[MetricLayout.NDCG_PREDICTED], TOL);
        assertEquals(0.0, values[MetricLayout.share(0)]);
    }

    @Test
    void emptySessionIsAllZeroNeverNaN() {
        EvaluationSession s = EvaluationSession.of(SessionId.of("e"), Sessions.OBJECTIVES, List.of());
        new SessionScorer(10).score(s, new int[0], new double[0], values, defined);
        for (int m = 0; m < values.length; m++) {
            assertFalse(Double.isNaN(values[m]), layout.metrics().get(m).key());
        }
    }
}
