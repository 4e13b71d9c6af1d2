package org.mostra4j.benchmarks.encoder;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.train.Batch;
import org.mostra4j.adapters.ml.encoder.train.SetTransformerGraph;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Process CPU time per trained session of one SameDiff Adam step on a batch of 64 sessions (n = 50),
 * for the benchmark model with a given vocabulary size. Arguments: steps, user rows, track rows, mode
 * ({@code epoch}: the steps as one fit(iterator) call, as the trainer runs an epoch; {@code single}: one
 * fit(batch) call per step), dense width (16 by default: 16 dense + two 8-wide embeddings = 32 input
 * features; with vocabularies of 1 + 1 that is the 32-input-feature model), rounds (3). Prints
 * sessions per CPU-second of the whole process (GC and JIT threads included), of the training thread,
 * and per wall-second, and the ops SameDiff runs per step. Optional further arguments: candidates per set (50; a
 * smaller size bucket, as the trainer pads a batch only to its largest set) and sets per batch (64).
 * {@code -Dlisteners=none} drops the trainer's embedding-gradient listener (to time what a per-op listener costs;
 * the embedding tables then do not learn). Run with OMP_NUM_THREADS=1.
 */
public final class SameDiffTrainingCpuTime {
    private SameDiffTrainingCpuTime() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int tracks = args.length > 2 ? Integer.parseInt(args[2]) : 4_000;
        boolean epoch = args.length <= 3 || args[3].equals("epoch");
        int dense = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int n = args.length > 6 ? Integer.parseInt(args[6]) : BenchmarkSets.N;
        int batchSize = args.length > 7 ? Integer.parseInt(args[7]) : 64;
        Architecture a = new Architecture(true, dense, users, tracks, 8, 64, 4, 2, 128);
        List<EncodedSet> sets = BenchmarkSets.sets(new Architecture(true, dense, Math.min(users, 1_000),
                Math.min(tracks, 4_000), 8, 64, 4, 2, 128), batchSize, 2L, n);
        SetTransformerGraph graph = SetTransformerGraph.build(EncoderWeights.initial(a, 1L), 0.0);
        graph.configureTraining(new Adam(1e-3));
        SameDiff sd = graph.sameDiff();
        if ("none".equals(System.getProperty("listeners"))) {
            sd.setListeners();
        }
        Batch batch = Batch.of(sets, a.userRows(), 0, new SplittableRandom(3L));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long cpu = os.getProcessCpuTime();
            long mainCpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            if (epoch) {
                sd.fit(new RepeatedBatches(() -> batch.dataSet(graph.table()), steps), 1);
            } else {
                for (int s = 0; s < steps; s++) {
                    sd.fit(batch.dataSet(graph.table()));
                }
            }
            double sessions = steps * (double) batchSize;
            if (round == 0) {
                System.out.printf("graph: %d forward ops, %d ops per training step (forward and gradient); batch %d x %d%n",
                        sd.ops().length, sd.getFunction("grad").ops().length, batchSize, n);
            }
            System.out.printf("round %d (vocab %d+%d, %s, dense %d): %.0f sessions per CPU-second (process), %.0f per"
                    + " CPU-second of the training thread, %.0f per wall-second%n", round, users, tracks,
                    epoch ? "epoch" : "single", dense, sessions / ((os.getProcessCpuTime() - cpu) / 1e9),
                    sessions / ((threads.getCurrentThreadCpuTime() - mainCpu) / 1e9),
                    sessions / ((System.nanoTime() - wall) / 1e9));
        }
    }
}
