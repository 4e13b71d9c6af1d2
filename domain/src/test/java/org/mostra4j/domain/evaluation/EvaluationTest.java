package org.mostra4j.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.session.SessionId;

/** Means, intervals and % changes of the streaming accumulator. */
class EvaluationTest {
    private final MetricLayout layout = MetricLayout.of(List.of(), 10);
    private final List<PolicyLabel> labels = List.of(PolicyLabel.of("ref"), PolicyLabel.of("other"));

    private List<PolicyResult> run(List<Integer> sessions, long seed) {
        Evaluation e = new Evaluation(layout, labels, 0, new PoissonBootstrap(200, seed));
        double[] v = new double[layout.size()];
        boolean[] d = new boolean[layout.size()];
        for (int s : sessions) {
            e.beginSession(SessionId.of("s" + s));
            d[MetricLayout.SAT_PREDICTED] = true;
            v[MetricLayout.SAT_PREDICTED] = s;
            e.add(0, v, d);
            v[MetricLayout.SAT_PREDICTED] = 1.1 * s;
            e.add(1, v, d);
        }
        return e.results();
    }

    private static List<Integer> oneToTwenty() {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void meanIsTheAverageOverSessionsAndChangeIsRelativeToTheReference() {
        List<PolicyResult> r = run(oneToTwenty(), 7);
        Estimate ref = r.get(0).metrics().get("sat_predicted");
        assertEquals(10.5, ref.value(), 1e-12);
        assertTrue(ref.low() < 10.5 && ref.high() > 10.5, ref.toString());
        Estimate change = r.get(1).change().get("sat_predicted");
        assertEquals(10.0, change.value(), 1e-9);
        // paired: every replicate sees the same sessions for both policies, so the change is exactly 10 %
        assertEquals(10.0, change.low(), 1e-9);
        assertEquals(10.0, change.high(), 1e-9);
        assertEquals(0.0, r.get(0).change().get("sat_predicted").value(), 1e-12);
    }

    @Test
    void undefinedMetricsAreAbsentNotNaN() {
        List<PolicyResult> r = run(oneToTwenty(), 7);
        assertTrue(!r.get(0).metrics().containsKey("sat_true"));
        assertEquals(20, r.get(0).sessions());
    }

    @Test
    void sameSeedSameIntervalsWhateverTheSessionOrder() {
        List<Integer> shuffled = oneToTwenty();
        Collections.reverse(shuffled);
        Estimate a = run(oneToTwenty(), 3).get(0).metrics().get("sat_predicted");
        Estimate b = run(shuffled, 3).get(0).metrics().get("sat_predicted");
        assertEquals(a.low(), b.low(), 1e-9);
        assertEquals(a.high(), b.high(), 1e-9);
        Estimate c = run(oneToTwenty(), 4).get(0).metrics().get("sat_predicted");
        assertTrue(a.low() != c.low() || a.high() != c.high(), "another seed gives other replicates");
    }

    /** Law: merging partial evaluations over any split of the sessions gives the figures of one evaluation. */
    @Test
    void partialEvaluationsOverASplitMergeIntoTheWholeOne() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            values.add((i * 7 % 13) / 10.0 + 0.0625 * (i % 3));
        }
        List<PolicyResult> whole = partial(values, 0, 80, null).results();
        for (int cut : List.of(1, 17, 40, 79)) {
            Evaluation left = partial(values, 0, cut, null);
            Evaluation right = partial(values, cut, 80, null);
            right.merge(left.totals());
            assertEquals(whole, right.results(), "split at " + cut);
        }
    }

    private Evaluation partial(List<Double> values, int from, int to, Evaluation into) {
        Evaluation e = into != null ? into : new Evaluation(layout, labels, 0, new PoissonBootstrap(50, 3));
        double[] v = new double[layout.size()];
        boolean[] d = new boolean[layout.size()];
        d[MetricLayout.SAT_PREDICTED] = true;
        for (int s = from; s < to; s++) {
            e.beginSession(SessionId.of("s" + s));
            v[MetricLayout.SAT_PREDICTED] = values.get(s);
            e.add(0, v, d);
            v[MetricLayout.SAT_PREDICTED] = values.get(s) * 1.3;
            e.add(1, v, d);
        }
        return e;
    }
}
