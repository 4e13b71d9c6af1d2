package org.mostra4j.benchmarks.encoder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * CPU time (not wall time) per session of the plain-Java encoder on the benchmark model, single
 * thread: a figure that stays meaningful when other processes share the cores. Arguments: rounds, then
 * optionally the number of inducing points (ISAB blocks; default 0 = SAB), then optionally the sets per call (default
 * 1: {@code score} set by set; more: {@code scoreBatch}, that many sets' rows stacked into one pass).
 */
public final class FastEncoderCpuTime {
    private FastEncoderCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int inducingPoints = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        FastSetEncoder encoder = new FastSetEncoder(EncoderWeights.initial(BenchmarkSets.model(inducingPoints), 1L));
        List<EncodedSet> sets = BenchmarkSets.sets(BenchmarkSets.model(), 64, 2L);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double flops = flopsPerSession(BenchmarkSets.model(inducingPoints), BenchmarkSets.N);
        System.out.printf("kernel %s, %.3f MFLOP per session (the model as run, per op in flopsPerSession; %.3f as"
                + " written, before the first block's Q/K/V product is folded through the input layer)%n",
                encoder.kernel(), flops / 1e6, flopsAsWritten(BenchmarkSets.model(inducingPoints), BenchmarkSets.N) / 1e6);
        float[] out = new float[BenchmarkSets.N];
        if (batch > 1) {
            System.out.printf("%d sets per call (scoreBatch)%n", batch);
        }
        List<List<EncodedSet>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < sets.size(); i += batch) {
            calls.add(sets.subList(i, Math.min(sets.size(), i + batch)));
        }
        float[][] outs = new float[batch][BenchmarkSets.N];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            int sessions = 0;
            long cpu = mx.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            while (System.nanoTime() - wall < 2_000_000_000L) {
                if (batch == 1) {
                    for (EncodedSet s : sets) {
                        encoder.score(s, out);
                        sink += out[0];
                    }
                } else {
                    for (List<EncodedSet> call : calls) {
                        encoder.scoreBatch(call, outs, batch);
                        sink += outs[0][0];
                    }
                }
                sessions += sets.size();
            }
            double cpuUs = (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / sessions;
            double wallUs = (System.nanoTime() - wall) / 1e3 / sessions;
            System.out.printf("round %d: %.1f us CPU per session, %.1f us wall (%d sessions), %.1f GFLOP/s per CPU-second%n",
                    r, cpuUs, wallUs, sessions, flops / cpuUs / 1e3);
        }
        System.out.println(sink == 42 ? "" : "done");
    }

    /**
     * Floating-point operations (a multiply-add counts 2) of one forward pass over n candidates, op by op as the fast
     * path runs it: input projection; per SAB block the fused Q/K/V product, scores and weighted sum over all heads,
     * output projection, FF d→ff→d; the head d→d→1 — the first block's Q/K/V product from the input width. ISAB
     * blocks are not counted (the benchmark model is SAB).
     */
    static double flopsPerSession(org.mostra4j.adapters.ml.encoder.model.Architecture a, int n) {
        double d = a.dModel();
        // the fast path computes the first SAB's Q, K and V from the input (width in) instead of from h (width d)
        double folded = a.blocks() > 0 && a.attention() && a.inducingPoints() == 0 ? 2.0 * n * (d - a.inputWidth()) * 3 * d : 0;
        return flopsAsWritten(a, n) - folded;
    }

    /** As {@link #flopsPerSession} but with the first block's Q/K/V product from h, as the graph is written. */
    static double flopsAsWritten(org.mostra4j.adapters.ml.encoder.model.Architecture a, int n) {
        double d = a.dModel();
        double input = 2.0 * n * a.inputWidth() * d;
        double block = 2.0 * n * d * 3 * d + 2 * (2.0 * n * n * d) + 2.0 * n * d * d + 2 * (2.0 * n * d * a.ffHidden());
        double head = 2.0 * n * d * d + 2.0 * n * d;
        return input + a.blocks() * block + head;
    }
}
