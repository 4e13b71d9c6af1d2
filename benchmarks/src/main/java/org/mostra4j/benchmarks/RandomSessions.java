package org.mostra4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Relevance;

/**
 * Seeded synthetic decoder inputs with a realistic relevance spread: s ~ Beta(5, 5) (mean 0.5, sd 0.151),
 * and three objectives served independently with probability 0.3 (discovery), 0.2 (exposure) and
 * 0.1 (boost).
 */
final class RandomSessions {
    private static final List<ObjectiveId> OBJECTIVES = List.of(ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE, ObjectiveId.BOOST);
    private static final double[] SHARES = {0.3, 0.2, 0.1};
    private final Random random;

    RandomSessions(long seed) {
        this.random = new Random(seed);
    }

    List<LabelledCandidate> next(int n) {
        List<LabelledCandidate> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<ObjectiveId> labels = new TreeSet<>();
            for (int k = 0; k < OBJECTIVES.size(); k++) {
                if (random.nextDouble() < SHARES[k]) {
                    labels.add(OBJECTIVES.get(k));
                }
            }
            out.add(new LabelledCandidate(TrackId.of(String.format("track-%04d", random.nextInt(10_000) * 100 + i)),
                    Relevance.of(beta5()), labels));
        }
        return out;
    }

    int nextInt(int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    /** Beta(5, 5) as X / (X + Y) with X, Y ~ Gamma(5, 1), each a sum of five exponentials. */
    private double beta5() {
        double x = gamma5();
        double y = gamma5();
        return x / (x + y);
    }

    private double gamma5() {
        double s = 0;
        for (int i = 0; i < 5; i++) {
            s -= Math.log(1.0 - random.nextDouble());
        }
        return s;
    }
}
