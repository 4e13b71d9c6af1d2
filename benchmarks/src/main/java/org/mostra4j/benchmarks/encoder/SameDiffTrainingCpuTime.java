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
 * and per wall-second. Run with OMP_NUM_THREADS=1.
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
        Architecture a = new Architecture(true, dense, users, tracks, 8, 64, 4, 2, 128);
        List<EncodedSet> sets = BenchmarkSets.sets(new Architecture(true, dense, Math.min(users, 1_000),
                Math.min(tracks, 4_000), 8, 64, 4, 2, 128), 64, 2L);
        SetTransformerGraph graph = SetTransformerGraph.build(EncoderWeights.initial(a, 1L), 0.0);
        graph.configureTraining(new Adam(1e-3));
        SameDiff sd = graph.sameDiff();
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
            double sessions = steps * 64.0;
            System.out.printf("round %d (vocab %d+%d, %s, dense %d): %.0f sessions per CPU-second (process), %.0f per"
                    + " CPU-second of the training thread, %.0f per wall-second%n", round, users, tracks,
                    epoch ? "epoch" : "single", dense, sessions / ((os.getProcessCpuTime() - cpu) / 1e9),
                    sessions / ((threads.getCurrentThreadCpuTime() - mainCpu) / 1e9),
                    sessions / ((System.nanoTime() - wall) / 1e9));
        }
    }
}
