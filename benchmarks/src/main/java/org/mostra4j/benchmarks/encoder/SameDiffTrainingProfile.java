package org.mostra4j.benchmarks.encoder;

import java.io.File;
import java.util.List;
import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.train.Batch;
import org.mostra4j.adapters.ml.encoder.train.SetTransformerGraph;
import org.nd4j.autodiff.listeners.profiler.ProfilingListener;
import org.nd4j.autodiff.listeners.profiler.comparison.ProfileAnalyzer;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Per-op time of SameDiff Adam steps on the benchmark model (batch 64, n = 50), from SameDiff's own
 * ProfilingListener: 60 warm-up steps (one fit(iterator) call, as the trainer runs an epoch), then
 * {@code steps} profiled steps, summarised by op; the trace file (Chrome trace format) also shows the time
 * between ops. Arguments: trace file (must not exist), steps, user rows, track rows. Run with
 * OMP_NUM_THREADS=1.
 */
public final class SameDiffTrainingProfile {
    private SameDiffTrainingProfile() {
    }

    public static void main(String[] args) throws Exception {
        File trace = new File(args.length > 0 ? args[0] : "samediff-trace.json");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int tracks = args.length > 3 ? Integer.parseInt(args[3]) : 4_000;
        Architecture a = new Architecture(true, 16, users, tracks, 8, 64, 4, 2, 128);
        List<EncodedSet> sets = BenchmarkSets.sets(a, 64, 2L);
        SetTransformerGraph graph = SetTransformerGraph.build(EncoderWeights.initial(a, 1L), 0.0);
        graph.configureTraining(new Adam(1e-3));
        SameDiff sd = graph.sameDiff();
        Batch batch = Batch.of(sets, a.userRows(), 0, new SplittableRandom(3L));
        sd.fit(new RepeatedBatches(() -> batch.dataSet(graph.table()), 60), 1);
        long t = System.nanoTime();
        sd.fit(new RepeatedBatches(() -> batch.dataSet(graph.table()), steps), 1);
        System.out.printf("unprofiled: %.2f ms per step%n", (System.nanoTime() - t) / 1e6 / steps);
        sd.addListeners(ProfilingListener.builder(trace).recordAll().warmup(0).build());
        t = System.nanoTime();
        sd.fit(new RepeatedBatches(() -> batch.dataSet(graph.table()), steps), 1);
        System.out.printf("profiled: %.2f ms per step%n", (System.nanoTime() - t) / 1e6 / steps);
        Thread.sleep(2000);
        System.out.println(ProfileAnalyzer.summarizeProfileStr(trace, ProfileAnalyzer.ProfileFormat.SAMEDIFF));
        byType(trace, steps);
    }

    /**
     * Time inside ops per step summed by op type (matmul and matmul_bp, softmax and softmax_bp, …), from the trace's
     * one-event-per-line records: the figure to set beside the peer's whole step (docs/benchmarks.md, T1).
     */
    private static void byType(File trace, int steps) throws java.io.IOException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\{\"name\":\"([^\"]+)\".*?\"dur\":(\\d+)");
        java.util.Map<String, long[]> sums = new java.util.TreeMap<>();
        for (String line : java.nio.file.Files.readAllLines(trace.toPath())) {
            java.util.regex.Matcher m = p.matcher(line);
            if (m.find()) {
                long[] s = sums.computeIfAbsent(m.group(1), k -> new long[2]);
                s[0] += Long.parseLong(m.group(2));
                s[1]++;
            }
        }
        long total = sums.values().stream().mapToLong(s -> s[0]).sum();
        long calls = sums.values().stream().mapToLong(s -> s[1]).sum();
        System.out.printf("inside ops: %.2f ms per step in %d op calls; by op type (ms per step, calls per step):%n",
                total / 1e3 / steps, calls / steps);
        sums.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0])).limit(16)
                .forEach(e -> System.out.printf("  %-24s %7.2f ms %5d%n", e.getKey(), e.getValue()[0] / 1e3 / steps,
                        e.getValue()[1] / steps));
    }
}
