package org.mostra4j.domain.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mostra4j.domain.session.SessionId;

/**
 * Accumulates per-session metrics of every policy as sessions stream by, in memory independent of the
 * number of sessions: per (policy, metric) a running sum for the point estimate and, per bootstrap
 * replicate, a weighted sum and a weight total ({@link PoissonBootstrap}). Not thread-safe.
 */
public final class Evaluation {
    private final MetricLayout layout;
    private final List<PolicyLabel> policies;
    private final int reference;
    private final PoissonBootstrap bootstrap;
    private final int metrics;
    private final int replicates;
    private final double[] sum;
    private final double[] sumError;
    private final long[] count;
    private final double[] weightSum;
    private final double[] weightedSum;
    private final double[] weightedError;
    private final long[] sessionsPerPolicy;
    private final double[] weights;
    private boolean inSession;

    /**
     * @param reference index into {@code policies} of the policy changes are measured against
     */
    public Evaluation(MetricLayout layout, List<PolicyLabel> policies, int reference, PoissonBootstrap bootstrap) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.policies = List.copyOf(policies);
        if (reference < 0 || reference >= this.policies.size()) {
            throw new IllegalArgumentException("reference must index a policy, was " + reference);
        }
        this.reference = reference;
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.metrics = layout.size();
        this.replicates = bootstrap.replicates();
        int cells = this.policies.size() * metrics;
        this.sum = new double[cells];
        this.sumError = new double[cells];
        this.count = new long[cells];
        this.weightSum = new double[cells * replicates];
        this.weightedSum = new double[cells * replicates];
        this.weightedError = new double[cells * replicates];
        this.sessionsPerPolicy = new long[this.policies.size()];
        this.weights = new double[replicates];
    }

    public MetricLayout layout() {
        return layout;
    }

    /** Starts a session: draws its bootstrap weights. */
    public void beginSession(SessionId session) {
        bootstrap.weights(session, weights);
        inSession = true;
    }

    /** Adds one policy's metrics for the current session. */
    public void add(int policy, double[] values, boolean[] defined) {
        if (!inSession) {
            throw new IllegalStateException("add before beginSession");
        }
        sessionsPerPolicy[policy]++;
        for (int m = 0; m < metrics; m++) {
            if (!defined[m]) {
                continue;
            }
            double x = values[m];
            int cell = policy * metrics + m;
            addCompensated(cell, x);
            count[cell]++;
            int base = cell * replicates;
            for (int r = 0; r < replicates; r++) {
                double w = weights[r];
                weightSum[base + r] += w;
                twoSum(weightedSum, weightedError, base + r, w * x);
            }
        }
    }

    /**
     * The running sums as plain arrays: what a partial evaluation over some of the sessions hands to the
     * one that merges it (e.g. one per Spark partition). Copies, so the caller may keep adding.
     */
    public Totals totals() {
        return new Totals(sum.clone(), sumError.clone(), count.clone(), weightSum.clone(), weightedSum.clone(),
                weightedError.clone(), sessionsPerPolicy.clone());
    }

    /**
     * Adds the totals of a partial evaluation over other sessions with the same layout, policies and
     * bootstrap. Sound because a session's bootstrap weights depend only on the seed and its id, so the
     * merged sums are those of one evaluation over all the sessions (up to the order of floating-point
     * additions).
     */
    public void merge(Totals other) {
        if (other.sum().length != sum.length || other.weightSum().length != weightSum.length
                || other.sessionsPerPolicy().length != sessionsPerPolicy.length) {
            throw new IllegalArgumentException("totals of a different layout, policy list or bootstrap");
        }
        for (int i = 0; i < sum.length; i++) {
            addCompensated(i, other.sum()[i]);
            sumError[i] += other.sumError()[i];
            count[i] += other.count()[i];
        }
        for (int i = 0; i < weightSum.length; i++) {
            weightSum[i] += other.weightSum()[i];
            twoSum(weightedSum, weightedError, i, other.weightedSum()[i]);
            weightedError[i] += other.weightedError()[i];
        }
        for (int i = 0; i < sessionsPerPolicy.length; i++) {
            sessionsPerPolicy[i] += other.sessionsPerPolicy()[i];
        }
    }

    /** The running sums of an evaluation (cells = policy x metric; replicates within a cell). */
    public record Totals(double[] sum, double[] sumError, long[] count, double[] weightSum, double[] weightedSum,
            double[] weightedError, long[] sessionsPerPolicy) {
        public Totals {
            if (sum.length != count.length || sumError.length != sum.length || weightSum.length != weightedSum.length
                    || weightedError.length != weightedSum.length) {
                throw new IllegalArgumentException("sum/count and weightSum/weightedSum must have equal lengths");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Totals t && Arrays.equals(sum, t.sum) && Arrays.equals(sumError, t.sumError) && Arrays.equals(count, t.count)
                    && Arrays.equals(weightSum, t.weightSum) && Arrays.equals(weightedSum, t.weightedSum)
                    && Arrays.equals(weightedError, t.weightedError)
                    && Arrays.equals(sessionsPerPolicy, t.sessionsPerPolicy);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sum) * 31 + Arrays.hashCode(count);
        }

        @Override
        public String toString() {
            return "Totals[" + sum.length + " cells, " + weightSum.length + " replicate cells]";
        }
    }

    /**
     * Compensated sums (here and in the replicate sums): figures come out as the correctly rounded sum of the
     * values in practice, whatever the order of additions, so an evaluation merged from partitions prints the same
     * figures as one that saw the sessions in id order (plain sums differ in the last bit, which flips
     * figures that sit exactly on a rounding boundary, such as 0.80625).
     */
    private void addCompensated(int cell, double x) {
        twoSum(sum, sumError, cell, x);
    }

    /** Adds x to sums[i], keeping the rounding error of the addition in errors[i] (Knuth's TwoSum, branch-free). */
    private static void twoSum(double[] sums, double[] errors, int i, double x) {
        double s = sums[i];
        double t = s + x;
        double bp = t - s;
        errors[i] += (s - (t - bp)) + (x - bp);
        sums[i] = t;
    }

    private double total(int cell) {
        return sum[cell] + sumError[cell];
    }

    private double weighted(int i) {
        return weightedSum[i] + weightedError[i];
    }

    /** The results so far. */
    public List<PolicyResult> results() {
        List<PolicyResult> out = new ArrayList<>(policies.size());
        double[] scratch = new double[replicates];
        for (int p = 0; p < policies.size(); p++) {
            Map<String, Estimate> means = new LinkedHashMap<>();
            Map<String, Estimate> change = new LinkedHashMap<>();
            for (int m = 0; m < metrics; m++) {
                String key = layout.metrics().get(m).key();
                int cell = p * metrics + m;
                if (count[cell] == 0) {
                    continue;
                }
                means.put(key, mean(cell, scratch));
                int ref = reference * metrics + m;
                if (count[ref] > 0 && total(ref) != 0.0) {
                    change.put(key, change(cell, ref, scratch));
                }
            }
            out.add(new PolicyResult(policies.get(p), means, change, sessionsPerPolicy[p]));
        }
        return out;
    }

    private Estimate mean(int cell, double[] scratch) {
        double value = total(cell) / count[cell];
        int n = 0;
        for (int r = 0; r < replicates; r++) {
            double w = weightSum[cell * replicates + r];
            if (w > 0) {
                scratch[n++] = weighted(cell * replicates + r) / w;
            }
        }
        return estimate(value, scratch, n);
    }

    private Estimate change(int cell, int ref, double[] scratch) {
        double value = 100.0 * (total(cell) / count[cell] / (total(ref) / count[ref]) - 1.0);
        int n = 0;
        for (int r = 0; r < replicates; r++) {
            double wp = weightSum[cell * replicates + r];
            double wr = weightSum[ref * replicates + r];
            double refMean = wr > 0 ? weighted(ref * replicates + r) / wr : 0.0;
            if (wp > 0 && refMean != 0.0) {
                scratch[n++] = 100.0 * (weighted(cell * replicates + r) / wp / refMean - 1.0);
            }
        }
        return estimate(value, scratch, n);
    }

    private static Estimate estimate(double value, double[] replicateValues, int n) {
        if (n == 0) {
            return new Estimate(value, value, value);
        }
        double[] ci = PoissonBootstrap.interval(replicateValues, n);
        return new Estimate(value, Math.min(ci[0], value), Math.max(ci[1], value));
    }
}
