package org.mostra4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.SessionId;

/**
 * The workload of {@link BeamSearchBenchmark} timed in thread CPU time rather than wall time: on a
 * machine shared with other jobs, wall-clock samples include the time the thread waits for a core,
 * which CPU time excludes. Reports the median and the minimum over batches of the CPU µs per session.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.BeamSearchCpuTime}.
 */
public final class BeamSearchCpuTime {
    private static final int BATCHES = 60;
    private static final int PER_BATCH = 2_000;

    private BeamSearchCpuTime() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RandomSessions random = new RandomSessions(42);
        List<List<LabelledCandidate>> sessions = IntStream.range(0, 256).mapToObj(i -> random.next(50)).toList();
        SessionId id = SessionId.of("bench");
        System.out.println("n = 50, K = 20, B = 5, 3 objectives, relevance ~ Beta(5,5); CPU µs per session over "
                + BATCHES + " batches of " + PER_BATCH + " (after as many warm-up batches)");
        for (double epsilon : new double[] {0.05, 1.0}) {
            SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(epsilon).withBeamWidth(5).withLength(20);
            long sink = 0;
            double[] perSession = new double[BATCHES];
            for (int round = 0; round < 2; round++) {
                for (int b = 0; b < BATCHES; b++) {
                    long start = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < PER_BATCH; i++) {
                        sink += BeamSearch.search(id, sessions.get(i & 255), policy).length();
                    }
                    perSession[b] = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / PER_BATCH;
                }
            }
            Arrays.sort(perSession);
            System.out.printf(Locale.ROOT, "epsilon %.2f: median %.2f µs, min %.2f µs (checksum %d)%n", epsilon,
                    perSession[BATCHES / 2], perSession[0], sink);
        }
    }
}
