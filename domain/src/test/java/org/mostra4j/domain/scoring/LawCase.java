package org.mostra4j.domain.scoring;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;

/**
 * One random instance for the law checks on universes too big to enumerate: item labels (bit masks
 * over up to 6 objectives), sets A ⊆ B, an item x ∉ B, and an order in which to place B ∪ {x}.
 *
 * @param masks labels of items 0..n-1 (bit k = serves objective k)
 * @param a     the smaller set, ascending
 * @param b     the larger set (a superset of a), ascending
 * @param x     an item outside b
 * @param order a permutation of b ∪ {x}
 */
public record LawCase(List<Integer> masks, List<Integer> a, List<Integer> b, int x, List<Integer> order) {
    public LawCase {
        masks = List.copyOf(masks);
        a = List.copyOf(a);
        b = List.copyOf(b);
        order = List.copyOf(order);
    }

    /** n in [minItems, maxItems], 1–6 objectives, each item's labels drawn over all 2^K patterns. */
    public static Gen<LawCase> generator(int minItems, int maxItems) {
        return integers().between(minItems, maxItems).flatMap(n -> integers().between(1, 6).flatMap(k ->
                lists().of(integers().between(0, (1 << k) - 1)).ofSize(n).flatMap(masks ->
                        lists().of(integers().between(0, 2)).ofSize(n).flatMap(membership ->
                                integers().between(0, n - 1).flatMap(x ->
                                        lists().of(integers().between(0, 1000)).ofSize(n).map(keys ->
                                                build(masks, membership, x, keys)))))));
    }

    /** membership[i]: 0 = outside B, 1 = in B only, 2 = in A (and so in B); x is kept outside B. */
    private static LawCase build(List<Integer> masks, List<Integer> membership, int x, List<Integer> keys) {
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < masks.size(); i++) {
            if (i == x || membership.get(i) == 0) {
                continue;
            }
            b.add(i);
            if (membership.get(i) == 2) {
                a.add(i);
            }
        }
        List<Integer> order = new ArrayList<>(b);
        order.add(x);
        order.sort(Comparator.<Integer>comparingInt(keys::get).thenComparingInt(i -> i));
        return new LawCase(masks, a, b, x, order);
    }

    public ScoringUniverse universe() {
        return SmallUniverses.fromMasks(masks.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The first violation of {@code law} by {@code scorer} on this case, if any. */
    public Optional<String> violation(ScorerLaw law, ObjectiveScorer scorer) {
        ScoringUniverse u = universe();
        return switch (law) {
            case NORMALISED -> normalised(scorer, u);
            case MONOTONE -> monotone(scorer, u);
            case SUBMODULAR -> submodular(scorer, u);
            case INCREMENTALLY_CONSISTENT -> incremental(scorer, u);
            case ORDER_INVARIANT -> orderInvariant(scorer, u);
            case GAIN_BOUNDED -> gainBounded(scorer, u);
        };
    }

    private Optional<String> normalised(ObjectiveScorer scorer, ScoringUniverse u) {
        double v = scorer.start(u).value();
        return Math.abs(v) <= SubsetLattice.ORDER_TOLERANCE ? Optional.empty() : Optional.of("g(∅) = " + v);
    }

    private Optional<String> monotone(ObjectiveScorer scorer, ScoringUniverse u) {
        ObjectiveScorer.State s = scorer.start(u);
        for (int i : order) {
            double gain = s.gain(i);
            ObjectiveScorer.State next = s.plus(i);
            if (!(gain >= -SubsetLattice.ORDER_TOLERANCE) || !(next.value() >= s.value() - SubsetLattice.ORDER_TOLERANCE)) {
                return Optional.of("placing " + i + " gains " + gain + " and moves g from " + s.value() + " to "
                        + next.value());
            }
            s = next;
        }
        return Optional.empty();
    }

    private Optional<String> submodular(ObjectiveScorer scorer, ScoringUniverse u) {
        double gainA = ascending(scorer, u, a).gain(x);
        double gainB = ascending(scorer, u, b).gain(x);
        return gainA >= gainB - SubsetLattice.ORDER_TOLERANCE ? Optional.empty()
                : Optional.of("gain(" + x + " | A) = " + gainA + " < gain(" + x + " | B) = " + gainB);
    }

    private Optional<String> incremental(ObjectiveScorer scorer, ScoringUniverse u) {
        ObjectiveScorer.State s = scorer.start(u);
        for (int i : order) {
            double expected = s.value() + s.gain(i);
            s = s.plus(i);
            if (Math.abs(s.value() - expected) > SubsetLattice.VALUE_TOLERANCE) {
                return Optional.of("after placing " + i + ": plus(x).value() = " + s.value() + " but value() + gain(x) = "
                        + expected);
            }
        }
        double scratch = ascending(scorer, u, order.stream().sorted().toList()).value();
        return Math.abs(s.value() - scratch) <= SubsetLattice.VALUE_TOLERANCE ? Optional.empty()
                : Optional.of("incremental value " + s.value() + " differs from g from scratch " + scratch);
    }

    private Optional<String> orderInvariant(ObjectiveScorer scorer, ScoringUniverse u) {
        double ordered = ascending(scorer, u, order).value();
        List<Integer> reversed = IntStream.range(0, order.size()).mapToObj(i -> order.get(order.size() - 1 - i)).toList();
        double back = ascending(scorer, u, reversed).value();
        double sorted = ascending(scorer, u, order.stream().sorted().toList()).value();
        return Math.abs(ordered - sorted) <= SubsetLattice.VALUE_TOLERANCE
                && Math.abs(back - sorted) <= SubsetLattice.VALUE_TOLERANCE ? Optional.empty()
                : Optional.of("g of one set placed in three orders: " + ordered + ", " + back + ", " + sorted);
    }

    private Optional<String> gainBounded(ObjectiveScorer scorer, ScoringUniverse u) {
        ObjectiveScorer.State s = scorer.start(u);
        java.util.Set<Integer> placed = new java.util.HashSet<>();
        for (int next : order) {
            for (int i = 0; i < masks.size(); i++) {
                if (!placed.contains(i) && !(s.gain(i) <= s.gainBound())) {
                    return Optional.of("after placing " + placed + ": gain(" + i + ") = " + s.gain(i) + " > gainBound() = "
                            + s.gainBound());
                }
            }
            s = s.plus(next);
            placed.add(next);
        }
        return Optional.empty();
    }

    /** The state after placing {@code items} in the given order. */
    private static ObjectiveScorer.State ascending(ObjectiveScorer scorer, ScoringUniverse u, List<Integer> items) {
        ObjectiveScorer.State s = scorer.start(u);
        for (int i : items) {
            s = s.plus(i);
        }
        return s;
    }
}
