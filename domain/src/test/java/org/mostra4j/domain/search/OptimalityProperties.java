package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/** How close the search gets to the optimum, checked against brute force on tiny instances. */
class OptimalityProperties {
    private static final long SEED = 0x0BE5AL;
    private static final int EXAMPLES = 300;
    private static final SessionId SESSION = SessionId.of("s");

    /**
     * With ε = 1, no discount and B = 1 the search is greedy maximisation of the monotone submodular
     * f(S) = Σ_{i∈S} s_i + g(S) under |S| = K, so it reaches at least (1 − 1/e) of the best K-subset.
     */
    @Test
    void greedyReachesOneMinusOneOverEOfTheBestSubset() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(SearchInstance.candidates(2, 7).flatMap(c -> SearchInstance.policies(c.size())
                        .zip(integers().between(1, c.size() - 1), (p, k) -> new SearchInstance(c,
                                p.withEpsilon(1.0).withDiscount(false).withBeamWidth(1).withLength(k)))))
                .checkAssert(in -> {
                    List<Placement> out = search(in).placements();
                    double value = out.isEmpty() ? 0 : out.get(out.size() - 1).score();
                    double best = bestSubset(in.candidates(), in.policy().length(), in.policy());
                    assertTrue(value >= (1 - 1 / Math.E) * best - 1e-12, "greedy " + value + " vs optimum " + best + " in " + in);
                });
    }

    /** When B is at least the number of partial sequences (n ≤ 4, B = 64), the beam search is exhaustive. */
    @Test
    void aWideEnoughBeamFindsTheBestFeasibleSequence() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 4)).checkAssert(in -> {
            SequencingPolicy wide = in.policy().withBeamWidth(SequencingPolicy.MAX_BEAM);
            double best = bestSequence(in.candidates(), new ArrayList<>(), 0.0, wide);
            assertEquals(best, BeamSearch.search(SESSION, in.candidates(), wide).score(), 1e-9, in.toString());
        });
    }

    private static Sequence search(SearchInstance in) {
        return BeamSearch.search(SESSION, in.candidates(), in.policy());
    }

    private static List<LabelledCandidate> with(List<LabelledCandidate> prefix, LabelledCandidate c) {
        List<LabelledCandidate> out = new ArrayList<>(prefix);
        out.add(c);
        return out;
    }

    private static double bestSubset(List<LabelledCandidate> all, int k, SequencingPolicy policy) {
        double best = Double.NEGATIVE_INFINITY;
        for (int mask = 0; mask < 1 << all.size(); mask++) {
            if (Integer.bitCount(mask) != k) {
                continue;
            }
            List<LabelledCandidate> s = new ArrayList<>();
            double rel = 0;
            for (int i = 0; i < all.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(all.get(i));
                    rel += all.get(i).relevance().value();
                }
            }
            best = Math.max(best, rel + NaiveGreedy.g(s, policy));
        }
        return best;
    }

    /** The best discounted score over every ε-feasible sequence of the policy's length. */
    private static double bestSequence(List<LabelledCandidate> all, List<LabelledCandidate> prefix, double score,
            SequencingPolicy policy) {
        if (prefix.size() == policy.outputLength(all.size())) {
            return score;
        }
        List<LabelledCandidate> remaining = all.stream().filter(c -> !prefix.contains(c)).toList();
        double max = remaining.stream().mapToDouble(c -> c.relevance().value()).max().orElseThrow();
        double best = Double.NEGATIVE_INFINITY;
        for (LabelledCandidate c : remaining) {
            if (max - c.relevance().value() <= policy.epsilon() + EpsilonFilter.TOLERANCE) {
                List<LabelledCandidate> next = with(prefix, c);
                double gain = NaiveGreedy.g(next, policy) - NaiveGreedy.g(prefix, policy);
                double step = PositionDiscount.at(next.size(), policy.discount()) * (c.relevance().value() + gain);
                best = Math.max(best, bestSequence(all, next, score + step, policy));
            }
        }
        return best;
    }
}
