package org.mostra4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.LinearPrefixHead;
import org.mostra4j.domain.search.PrefixAwareBeamSearch;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.SessionId;

/**
 * mostra-seq's decoder cost next to today's, in thread CPU time, on {@link BeamSearchCpuTime}'s workload
 * (n = 50, K = 20, B = 5): {@link BeamSearch}, {@link PrefixAwareBeamSearch} without a correction, and with
 * the head the demo learned. Also the head alone per candidate-step (one {@code shift} and one
 * {@code adjust}), the figure the issue bounds at 2 µs.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.PrefixAwareCpuTime [K]}
 * (K = 20 by default; 0 = all 50 positions, what the service orders by default).
 */
public final class PrefixAwareCpuTime {
    private static final int BATCHES = 40;
    private static final int PER_BATCH = 1_000;
    /** The demo's learned head (docs/quality.md), rounded: the cost does not depend on the values. */
    static final LinearPrefixHead HEAD = new LinearPrefixHead(
            List.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE),
            List.of(0.245, -0.084, 0.013, -0.226, -0.113, 0.093, 0.025, -0.193, 0.077, 0.231, -0.015, -0.002, 0.172,
                    -0.062));

    private PrefixAwareCpuTime() {
    }

    public static void main(String[] args) {
        int length = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        RandomSessions random = new RandomSessions(42);
        List<List<LabelledCandidate>> sessions = IntStream.range(0, 256).mapToObj(i -> random.next(50)).toList();
        SessionId id = SessionId.of("bench");
        System.out.println("n = 50, K = " + (length == 0 ? "all" : length) + ", B = 5, 3 objectives, relevance ~ Beta(5,5); CPU µs per session, median"
                + " (min) over " + BATCHES + " batches of " + PER_BATCH + " after as many warm-up batches");
        for (double epsilon : new double[] {0.05, 1.0}) {
            SequencingPolicy p = SequencingPolicy.defaults().withEpsilon(epsilon).withBeamWidth(5).withLength(length);
            double[] today = time(s -> BeamSearch.search(id, s, p).length(), sessions);
            double[] none = time(s -> PrefixAwareBeamSearch.search(id, s, p, PrefixRelevance.NONE).length(), sessions);
            double[] head = time(s -> PrefixAwareBeamSearch.search(id, s, p, HEAD).length(), sessions);
            System.out.printf(Locale.ROOT, "epsilon %.2f: BeamSearch %.2f (%.2f) | prefix-aware, h = 0: %.2f (%.2f)"
                    + " | prefix-aware with the head: %.2f (%.2f)%n", epsilon, today[0], today[1], none[0], none[1],
                    head[0], head[1]);
        }
        headAlone(sessions);
    }

    /** Median and minimum CPU µs per session. */
    private static double[] time(ToIntFunction<List<LabelledCandidate>> decode, List<List<LabelledCandidate>> sessions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perSession = new double[BATCHES];
        long sink = 0;
        for (int round = 0; round < 2; round++) {
            for (int b = 0; b < BATCHES; b++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_BATCH; i++) {
                    sink += decode.applyAsInt(sessions.get(i & 255));
                }
                perSession[b] = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / PER_BATCH;
            }
        }
        Arrays.sort(perSession);
        if (sink == 42) {
            System.out.println();
        }
        return new double[] {perSession[BATCHES / 2], perSession[0]};
    }

    /** One candidate-step of the head: its shift for a candidate after a prefix, and the adjusted SAT. */
    private static void headAlone(List<List<LabelledCandidate>> sessions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ns = new double[BATCHES];
        double sink = 0;
        int steps = 0;
        for (int round = 0; round < 2; round++) {
            for (int b = 0; b < BATCHES; b++) {
                steps = 0;
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_BATCH / 10; i++) {
                    List<LabelledCandidate> s = sessions.get(i & 255);
                    PrefixRelevance.Prefix prefix = HEAD.start(s);
                    for (int t = 0; t < 20; t++) {
                        for (int c = 0; c < s.size(); c++) {
                            sink += PrefixRelevance.adjust(s.get(c).relevance().value(), prefix.shift(c));
                            steps++;
                        }
                        prefix = prefix.plus(t);
                    }
                }
                ns[b] = (threads.getCurrentThreadCpuTime() - start) / (double) steps;
            }
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "head alone: median %.1f ns (min %.1f ns) per candidate-step (shift + adjust;"
                + " prefix updates included), checksum %.3f%n", ns[BATCHES / 2], ns[0], sink);
    }
}
