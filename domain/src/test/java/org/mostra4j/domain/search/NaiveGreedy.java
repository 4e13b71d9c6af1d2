package org.mostra4j.domain.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * A deliberately plain reference decoder, written apart from {@link BeamSearch}: at each step it keeps
 * the candidates within ε of the best remaining relevance and places the one with the largest
 * s_i + g(S ∪ {i}) − g(S), recomputing g from its formula λ Σ_k w_k φ_k(c_k(S)) every time. Values
 * within {@value #TIE} count as equal; ties go to the higher relevance, then the smaller track id.
 */
public final class NaiveGreedy {
    static final double TIE = 1e-12;

    private NaiveGreedy() {
    }

    public static List<TrackId> order(List<LabelledCandidate> candidates, SequencingPolicy policy) {
        List<LabelledCandidate> remaining = new ArrayList<>(candidates);
        List<LabelledCandidate> placed = new ArrayList<>();
        int k = policy.outputLength(candidates.size());
        while (placed.size() < k) {
            double max = remaining.stream().mapToDouble(c -> c.relevance().value()).max().orElseThrow();
            double before = g(placed, policy);
            LabelledCandidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (LabelledCandidate c : remaining) {
                if (max - c.relevance().value() > policy.epsilon() + EpsilonFilter.TOLERANCE) {
                    continue;
                }
                List<LabelledCandidate> with = new ArrayList<>(placed);
                with.add(c);
                double value = c.relevance().value() + g(with, policy) - before;
                if (best == null || value > bestValue + TIE
                        || (Math.abs(value - bestValue) <= TIE && better(c, best))) {
                    best = c;
                    bestValue = value;
                }
            }
            placed.add(best);
            remaining.remove(best);
        }
        return placed.stream().map(LabelledCandidate::track).toList();
    }

    private static boolean better(LabelledCandidate a, LabelledCandidate b) {
        if (a.relevance().value() != b.relevance().value()) {
            return a.relevance().value() > b.relevance().value();
        }
        return a.track().compareTo(b.track()) < 0;
    }

    /** g(S) = λ Σ_k w_k φ_k(c_k(S)) straight from the spec. */
    public static double g(Collection<LabelledCandidate> set, SequencingPolicy policy) {
        java.util.Map<ObjectiveId, Integer> counts = new java.util.TreeMap<>();
        for (LabelledCandidate c : set) {
            for (ObjectiveId o : c.objectives()) {
                counts.merge(o, 1, Integer::sum);
            }
        }
        double sum = 0;
        for (var e : counts.entrySet()) {
            sum += policy.weight(e.getKey()) * policy.concave(e.getKey()).apply(e.getValue());
        }
        return policy.lambda() * sum;
    }
}
