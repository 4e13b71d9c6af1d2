package org.mostra4j.benchmarks.encoder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;

/**
 * The slow-JIT outcome of docs/encoder.md (trap 4) made deterministic: before the encoder runs, other code in the same
 * JVM pollutes the type profiles of the JDK's own Vector API methods — it warms a call of {@code FloatVector.intoArray}
 * ("store") or of {@code fma, add, mul, sub, max} ("ops") on 512-bit vectors, then makes a few calls with 128-bit ones.
 * Those profiles live in the JDK methods and are shared by every caller in the JVM; a kernel whose vectors C2 does not
 * know the exact class of inlines the Vector API through them, gets a virtual call where it needs a constant species,
 * and falls back to the Vector API's Java implementation for the JVM's life. Prints the CPU time per session of
 * FastEncoderCpuTime's model after that. Arguments: none | store | ops, then rounds (default 3).
 */
public final class PollutedProfilesCpuTime {
    private static float sink;

    private PollutedProfilesCpuTime() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args.length > 0 ? args[0] : "store";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!List.of("none", "store", "ops").contains(mode)) {
            System.err.println("usage: PollutedProfilesCpuTime none|store|ops [ROUNDS]");
            System.exit(2);
        }
        if (!mode.equals("none")) {
            pollute(mode.equals("store"));
        }
        FastSetEncoder encoder = new FastSetEncoder(EncoderWeights.initial(BenchmarkSets.model(0), 1L));
        List<EncodedSet> sets = BenchmarkSets.sets(BenchmarkSets.model(), 64, 2L);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        float[] out = new float[BenchmarkSets.N];
        for (int r = 0; r < rounds; r++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int sessions = 0;
            while (System.nanoTime() - wall < 2_000_000_000L) {
                for (EncodedSet s : sets) {
                    encoder.score(s, out);
                    sink += out[0];
                }
                sessions += sets.size();
            }
            System.out.printf("profiles polluted by %s, round %d: %.1f us CPU per session%n", mode, r,
                    (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / sessions);
        }
        System.out.println(sink == 42 ? "" : "done");
    }

    /** Warm one call site on 512-bit vectors until C2 compiles it, then feed it 128-bit ones (class-check traps). */
    private static void pollute(boolean store) throws InterruptedException {
        float[] a = new float[64];
        FloatVector wide = FloatVector.broadcast(FloatVector.SPECIES_512, 1f);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 200_000; i++) {
                use(store, wide, a);
            }
            Thread.sleep(500); // let the compiler finish
        }
        FloatVector narrow = FloatVector.broadcast(FloatVector.SPECIES_128, 1f);
        for (int i = 0; i < 20; i++) {
            use(store, narrow, a);
        }
    }

    private static void use(boolean store, FloatVector v, float[] a) {
        if (store) {
            v.intoArray(a, 0);
        } else {
            sink += v.fma(v, v).add(v).mul(v).mul(2f).sub(1f).max(0f).sub(v).add(1f).max(v).lane(0);
        }
    }
}
