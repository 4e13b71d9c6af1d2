package org.mostra4j.domain.scoring;

import java.util.List;

/**
 * Every subset of one small universe (n ≤ 16) with the scorer's state for it, reached by placing the
 * subset's items in ascending order from the empty state ("from scratch"). The law checks of
 * {@link ScorerLaw} read it; each appends at most one violation per universe and law.
 */
public final class SubsetLattice {
    /** Slack for comparisons that must hold exactly in exact arithmetic (monotone, submodular, g(∅) = 0). */
    public static final double ORDER_TOLERANCE = 1e-12;
    /** Slack for values computed along different paths (incremental consistency, order invariance). */
    public static final double VALUE_TOLERANCE = 1e-9;
    /** Universes up to this size get every placement order walked. */
    static final int FULL_WALK_ITEMS = 5;

    private final String scorerName;
    private final ObjectiveScorer scorer;
    private final ScoringUniverse universe;
    private final ObjectiveScorer.State[] states;

    public SubsetLattice(String scorerName, ObjectiveScorer scorer, ScoringUniverse universe) {
        if (universe.size() > 16) {
            throw new IllegalArgumentException("a lattice is for n <= 16 items, was " + universe.size());
        }
        this.scorerName = scorerName;
        this.scorer = scorer;
        this.universe = universe;
        this.states = new ObjectiveScorer.State[1 << universe.size()];
        states[0] = scorer.start(universe);
        for (int m = 1; m < states.length; m++) {
            int top = 31 - Integer.numberOfLeadingZeros(m);
            states[m] = states[m & ~(1 << top)].plus(top);
        }
    }

    public int size() {
        return universe.size();
    }

    /** The from-scratch state of the subset with bit mask {@code subset}. */
    public ObjectiveScorer.State state(int subset) {
        return states[subset];
    }

    void normalised(List<String> out) {
        double v = scorer.start(universe).value();
        if (!(Math.abs(v) <= ORDER_TOLERANCE)) {
            out.add(where("normalised") + "g(∅) = " + v + ", expected 0");
        }
    }

    void monotone(List<String> out) {
        for (int m = 0; m < states.length; m++) {
            for (int x = 0; x < size(); x++) {
                if ((m & (1 << x)) != 0) {
                    continue;
                }
                double gain = states[m].gain(x);
                double grown = states[m | (1 << x)].value() - states[m].value();
                if (!(gain >= -ORDER_TOLERANCE) || !(grown >= -ORDER_TOLERANCE)) {
                    out.add(where("monotone") + "gain(x=" + x + " | S=" + set(m) + ") = " + gain
                            + ", g(S ∪ {x}) − g(S) = " + grown + "; both must be >= 0");
                    return;
                }
            }
        }
    }

    void submodular(List<String> out) {
        int all = states.length - 1;
        for (int x = 0; x < size(); x++) {
            int others = all & ~(1 << x);
            for (int b = others; ; b = (b - 1) & others) {
                double gainB = states[b].gain(x);
                for (int a = b; ; a = (a - 1) & b) {
                    double gainA = states[a].gain(x);
                    if (!(gainA >= gainB - ORDER_TOLERANCE)) {
                        out.add(where("submodular") + "gain(x=" + x + " | A=" + set(a) + ") = " + gainA
                                + " < gain(x=" + x + " | B=" + set(b) + ") = " + gainB + " although A ⊆ B");
                        return;
                    }
                    if (a == 0) {
                        break;
                    }
                }
                if (b == 0) {
                    break;
                }
            }
        }
    }

    void incrementallyConsistent(List<String> out) {
        for (int m = 0; m < states.length; m++) {
            ObjectiveScorer.State s = states[m];
            for (int x = 0; x < size(); x++) {
                if ((m & (1 << x)) != 0) {
                    continue;
                }
                double before = s.value();
                double gain = s.gain(x);
                double after = s.plus(x).value();
                double scratch = states[m | (1 << x)].value();
                if (!close(after, before + gain) || !close(after, scratch)) {
                    out.add(where("incrementally consistent") + "S=" + set(m) + ", x=" + x + ": plus(x).value() = "
                            + after + ", value() + gain(x) = " + (before + gain) + ", g(S ∪ {x}) from scratch = " + scratch);
                    return;
                }
                if (s.value() != before || s.gain(x) != gain) {
                    out.add(where("incrementally consistent") + "S=" + set(m) + ": plus(" + x
                            + ") changed the receiving state (states must be immutable)");
                    return;
                }
            }
        }
    }

    void gainBounded(List<String> out) {
        for (int m = 0; m < states.length; m++) {
            double bound = states[m].gainBound();
            for (int x = 0; x < size(); x++) {
                if ((m & (1 << x)) == 0 && !(states[m].gain(x) <= bound)) {
                    out.add(where("gain bounded") + "gain(x=" + x + " | S=" + set(m) + ") = " + states[m].gain(x)
                            + " > gainBound() = " + bound);
                    return;
                }
            }
        }
    }

    /**
     * Walks every order of placing every subset and compares each value with the from-scratch one. To
     * stay within seconds, 6-item universes get the full walk only when their labels are listed in
     * ascending order (one representative per multiset of labels); the others get the descending order.
     */
    void orderInvariant(List<String> out) {
        int[] order = new int[size()];
        if (size() <= FULL_WALK_ITEMS || labelsAscending()) {
            walk(scorer.start(universe), 0, 0, order, out);
            return;
        }
        ObjectiveScorer.State s = scorer.start(universe);
        int placed = 0;
        for (int depth = 0; depth < size(); depth++) {
            int x = size() - 1 - depth;
            order[depth] = x;
            s = s.plus(x);
            placed |= 1 << x;
            if (!close(s.value(), states[placed].value())) {
                out.add(where("order invariant") + "placing " + sequence(order, depth + 1) + " gives " + s.value()
                        + " but placing " + set(placed) + " in ascending order gives " + states[placed].value());
                return;
            }
        }
    }

    private boolean labelsAscending() {
        for (int i = 1; i < size(); i++) {
            if (universe.mask(i) < universe.mask(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean walk(ObjectiveScorer.State s, int placed, int depth, int[] order, List<String> out) {
        double scratch = states[placed].value();
        if (!close(s.value(), scratch)) {
            out.add(where("order invariant") + "placing " + sequence(order, depth) + " gives " + s.value()
                    + " but placing " + set(placed) + " in ascending order gives " + scratch);
            return false;
        }
        for (int x = 0; x < size(); x++) {
            if ((placed & (1 << x)) == 0) {
                order[depth] = x;
                if (!walk(s.plus(x), placed | (1 << x), depth + 1, order, out)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= VALUE_TOLERANCE;
    }

    private String where(String law) {
        return law + " violated by " + scorerName + " on universe " + SmallUniverses.describe(universe) + ": ";
    }

    static String set(int mask) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; mask >> i != 0; i++) {
            if ((mask & (1 << i)) != 0) {
                b.append(b.length() == 1 ? "" : ",").append(i);
            }
        }
        return b.append('}').toString();
    }

    private static String sequence(int[] order, int depth) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < depth; i++) {
            b.append(i == 0 ? "" : ",").append(order[i]);
        }
        return b.append(')').toString();
    }
}
