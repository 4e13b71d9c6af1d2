package org.mostra4j.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.LabelledCandidate;

/**
 * The learned correction of {@code mostra-seq}: h is linear in a few features of the prefix and the
 * candidate, so one evaluation is a handful of multiply-adds (the prefix part is folded once per prefix).
 *
 * <p>Features of candidate i at 1-based position t after a prefix of t − 1 tracks, per objective k of
 * {@link #objectives()} ({@code o_k} = i serves k, {@code run_k} = tracks serving k placed in a row just
 * before t, {@code share_k} = share of the prefix serving k, 0 at t = 1):
 * {@code [1, ln t, then per k: o_k, o_k·min(run_k, RUN_CAP), share_k, o_k·share_k]}.
 * The run term is how listeners tire of several unfamiliar (Discovery) tracks in a row; {@code o_k}
 * and the bias re-centre what the position-free encoder already learned on shuffled logs.
 */
public final class LinearPrefixHead implements PrefixRelevance {
    /** Runs longer than this count as this long (long runs are rare in 10–50-candidate sessions). */
    public static final int RUN_CAP = 4;
    private static final int PER_OBJECTIVE = 4;
    private static final int SHARED = 2;

    private final List<ObjectiveId> objectives;
    private final double[] weights;

    /**
     * @param objectives the objectives the features are taken over, distinct, at most 64
     * @param weights    one finite weight per feature ({@link #width(int)} of them), in feature order
     */
    public LinearPrefixHead(List<ObjectiveId> objectives, List<Double> weights) {
        this.objectives = List.copyOf(Objects.requireNonNull(objectives, "objectives"));
        if (this.objectives.size() > 64 || Set.copyOf(this.objectives).size() != this.objectives.size()) {
            throw new IllegalArgumentException("objectives must be distinct and at most 64, were " + objectives);
        }
        if (weights.size() != width(this.objectives.size())) {
            throw new IllegalArgumentException("weights must have " + width(this.objectives.size())
                    + " entries for " + this.objectives.size() + " objectives, had " + weights.size());
        }
        this.weights = new double[weights.size()];
        for (int j = 0; j < this.weights.length; j++) {
            Double w = weights.get(j);
            if (w == null || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weight " + j + " (" + featureNames(this.objectives).get(j)
                        + ") must be finite, was " + w);
            }
            this.weights[j] = w;
        }
    }

    /** Features for {@code objectives} objectives. */
    public static int width(int objectives) {
        return SHARED + PER_OBJECTIVE * objectives;
    }

    public static List<String> featureNames(List<ObjectiveId> objectives) {
        List<String> out = new ArrayList<>(List.of("bias", "ln_position"));
        for (ObjectiveId o : objectives) {
            out.add(o.value());
            out.add(o.value() + "_x_run");
            out.add("share_" + o.value());
            out.add(o.value() + "_x_share");
        }
        return out;
    }

    public List<ObjectiveId> objectives() {
        return objectives;
    }

    public List<Double> weights() {
        List<Double> out = new ArrayList<>(weights.length);
        for (double w : weights) {
            out.add(w);
        }
        return out;
    }

    /**
     * The feature rows of a served (or logged) order, one per position: row t describes the track at t
     * after the tracks before it. {@code masks.get(t)} has bit k set when that track serves objective k.
     * Training and the decoder use this same definition.
     */
    public static double[][] featureRows(List<Long> masks, int objectives) {
        int m = objectives;
        int[] runs = new int[m];
        int[] counts = new int[m];
        double[][] out = new double[masks.size()][];
        for (int t = 0; t < masks.size(); t++) {
            long mask = masks.get(t);
            double[] x = new double[width(m)];
            x[0] = 1.0;
            x[1] = Math.log(t + 1.0);
            for (int k = 0; k < m; k++) {
                double o = (mask >>> k & 1L) != 0 ? 1.0 : 0.0;
                double share = t == 0 ? 0.0 : counts[k] / (double) t;
                int b = SHARED + PER_OBJECTIVE * k;
                x[b] = o;
                x[b + 1] = o * Math.min(runs[k], RUN_CAP);
                x[b + 2] = share;
                x[b + 3] = o * share;
            }
            out[t] = x;
            for (int k = 0; k < m; k++) {
                boolean serves = (mask >>> k & 1L) != 0;
                runs[k] = serves ? runs[k] + 1 : 0;
                counts[k] += serves ? 1 : 0;
            }
        }
        return out;
    }

    /** Bit k set when {@code served} contains objective k of {@code objectives}. */
    public static long mask(List<ObjectiveId> objectives, Set<ObjectiveId> served) {
        long mask = 0L;
        for (int k = 0; k < objectives.size(); k++) {
            if (served.contains(objectives.get(k))) {
                mask |= 1L << k;
            }
        }
        return mask;
    }

    /** h of one feature row (the plain dot product; the decoder uses the folded form in {@link State}). */
    public double shift(double[] features) {
        double h = 0.0;
        for (int j = 0; j < weights.length; j++) {
            h += weights[j] * features[j];
        }
        return h;
    }

    @Override
    public Prefix start(List<LabelledCandidate> items) {
        long[] masks = new long[items.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = mask(objectives, items.get(i).objectives());
        }
        int m = objectives.size();
        return new State(masks, 0, new int[m], new int[m]);
    }

    /**
     * A prefix of {@code placed} tracks. The terms that do not depend on the candidate are summed once
     * ({@code base}), and the rest become one coefficient per objective the candidate serves.
     */
    private final class State implements Prefix {
        private final long[] masks;
        private final int placed;
        private final int[] runs;
        private final int[] counts;
        private final double base;
        private final double[] perObjective;

        State(long[] masks, int placed, int[] runs, int[] counts) {
            this.masks = masks;
            this.placed = placed;
            this.runs = runs;
            this.counts = counts;
            int m = runs.length;
            double b = weights[0] + weights[1] * Math.log(placed + 1.0);
            this.perObjective = new double[m];
            for (int k = 0; k < m; k++) {
                double share = placed == 0 ? 0.0 : counts[k] / (double) placed;
                int f = SHARED + PER_OBJECTIVE * k;
                b += weights[f + 2] * share;
                perObjective[k] = weights[f] + weights[f + 1] * Math.min(runs[k], RUN_CAP) + weights[f + 3] * share;
            }
            this.base = b;
        }

        @Override
        public double shift(int item) {
            double h = base;
            long mask = masks[item];
            while (mask != 0L) {
                h += perObjective[Long.numberOfTrailingZeros(mask)];
                mask &= mask - 1;
            }
            return h;
        }

        @Override
        public Prefix plus(int item) {
            int m = runs.length;
            int[] r = new int[m];
            int[] c = new int[m];
            for (int k = 0; k < m; k++) {
                boolean serves = (masks[item] >>> k & 1L) != 0;
                r[k] = serves ? runs[k] + 1 : 0;
                c[k] = counts[k] + (serves ? 1 : 0);
            }
            return new State(masks, placed + 1, r, c);
        }
    }
}
