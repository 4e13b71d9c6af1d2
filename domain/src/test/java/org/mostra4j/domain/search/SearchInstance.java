package org.mostra4j.domain.search;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.Concave;
import org.mostra4j.domain.session.Relevance;
import org.quicktheories.core.Gen;

/**
 * A generated decoder input: candidates (distinct ids t0, t1, … so that string order differs from
 * numeric order past t9; relevance on a 0.05 grid, so ties are common; labels over discovery,
 * exposure and boost) and a policy. λ is a multiple of 0.00731 and weights are multiples of 0.5, so a
 * difference of gains never equals a difference of grid relevances exactly: the only exact score ties
 * are between candidates with equal relevance and equal gain, which every implementation breaks alike.
 */
public record SearchInstance(List<LabelledCandidate> candidates, SequencingPolicy policy) {
    static final List<ObjectiveId> OBJECTIVES = List.of(ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE, ObjectiveId.BOOST);
    private static final List<Concave> PHIS = List.of(Concave.SQRT, Concave.LOG1P, Concave.LINEAR, Concave.cap(1),
            Concave.cap(2), Concave.cap(3));
    private static final double[] EPSILONS = {0.0, 0.01, 0.05, 0.1, 0.2, 0.5, 1.0};

    public SearchInstance {
        candidates = List.copyOf(candidates);
    }

    /** Instances of minItems..maxItems candidates with any policy. */
    public static Gen<SearchInstance> generator(int minItems, int maxItems) {
        return candidates(minItems, maxItems).flatMap(c -> policies(c.size()).map(p -> new SearchInstance(c, p)));
    }

    public static Gen<List<LabelledCandidate>> candidates(int minItems, int maxItems) {
        Gen<int[]> rows = integers().between(0, 20).zip(integers().between(0, 7), (r, m) -> new int[] {r, m});
        return lists().of(rows).ofSizeBetween(minItems, maxItems).map(SearchInstance::toCandidates);
    }

    public static Gen<SequencingPolicy> policies(int n) {
        Gen<double[]> knobs = integers().between(0, EPSILONS.length - 1).zip(integers().between(0, 60),
                integers().between(1, 8), integers().between(0, n), (e, l, b, k) -> new double[] {EPSILONS[e], l * 0.00731, b, k});
        Gen<int[]> perObjective = lists().of(integers().between(0, 4 * PHIS.size() + 3)).ofSize(3)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        return knobs.zip(perObjective, integers().between(0, 1), (kn, po, d) -> policy(kn, po, d == 1));
    }

    private static SequencingPolicy policy(double[] knobs, int[] perObjective, boolean discount) {
        Map<ObjectiveId, Double> weights = new TreeMap<>();
        Map<ObjectiveId, Concave> phis = new TreeMap<>();
        for (int k = 0; k < 3; k++) {
            int code = perObjective[k];
            if (code < 4 * PHIS.size()) {
                weights.put(OBJECTIVES.get(k), (code % 5) * 0.5);
                phis.put(OBJECTIVES.get(k), PHIS.get(code / 4 % PHIS.size()));
            }
        }
        return new SequencingPolicy(knobs[0], knobs[1], weights, phis, (int) knobs[2], (int) knobs[3], discount);
    }

    private static List<LabelledCandidate> toCandidates(List<int[]> rows) {
        List<LabelledCandidate> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Set<ObjectiveId> labels = new TreeSet<>();
            for (int k = 0; k < 3; k++) {
                if ((rows.get(i)[1] & (1 << k)) != 0) {
                    labels.add(OBJECTIVES.get(k));
                }
            }
            out.add(new LabelledCandidate(TrackId.of("t" + i), Relevance.of(rows.get(i)[0] * 0.05), labels));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("candidates [");
        for (LabelledCandidate c : candidates) {
            b.append(c.track()).append(' ').append(c.relevance().value()).append(' ').append(new TreeSet<>(c.objectives()))
                    .append("; ");
        }
        return b.append("] ").append(policy).toString();
    }
}
