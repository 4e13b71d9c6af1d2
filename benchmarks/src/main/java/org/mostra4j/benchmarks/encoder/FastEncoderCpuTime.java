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
 * optionally the number of inducing points (ISAB blocks; default 0 = SAB).
 */
public final class FastEncoderCpuTime {
    private FastEncoderCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int inducingPoints = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        FastSetEncoder encoder = new FastSetEncoder(EncoderWeights.initial(BenchmarkSets.model(inducingPoints), 1L));
        List<EncodedSet> sets = BenchmarkSets.sets(BenchmarkSets.model(), 64, 2L);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        float[] out = new float[BenchmarkSets.N];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            int sessions = 0;
            long cpu = mx.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            while (System.nanoTime() - wall < 2_000_000_000L) {
                for (EncodedSet s : sets) {
                    encoder.score(s, out);
                    sink += out[0];
                }
                sessions += sets.size();
            }
            double cpuUs = (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / sessions;
            double wallUs = (System.nanoTime() - wall) / 1e3 / sessions;
            System.out.printf("round %d: %.1f us CPU per session, %.1f us wall (%d sessions)%n", r, cpuUs, wallUs,
                    sessions);
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
