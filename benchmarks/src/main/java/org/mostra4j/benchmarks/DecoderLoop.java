package org.mostra4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.stream.IntStream;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.DecodedSequence;
import org.mostra4j.domain.search.SequencingPolicy;

/**
 * One decoder variant of {@link DecoderVsRankSys} alone in a loop (the same 256 seeded sessions, n = 50 → K = 20, 3
 * objectives, {@code searchInto} a reused result), for a profiler to attribute its time: rounds of 2,000 passes over
 * the sessions, thread CPU time per session printed per round. Arguments: beam width (default 1), ε (default 0.05),
 * rounds (default 10), and {@code moved} to time the sessions after the garbage collector has moved them (by default
 * they are timed as allocated). Example, with JFR sampling every millisecond (a copy of the JDK's profile.jfc with the Java
 * method-sampling period set to 1 ms):
 * {@code java -XX:StartFlightRecording=filename=g.jfr,settings=prof.jfc -cp benchmarks/target/benchmarks.jar
 * org.mostra4j.benchmarks.DecoderLoop 1}, then {@code jfr print --events jdk.ExecutionSample g.jfr}.
 */
public final class DecoderLoop {
    private DecoderLoop() {
    }

    public static void main(String[] args) {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        double epsilon = args.length > 1 ? Double.parseDouble(args[1]) : 0.05;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean moved = args.length > 3 && args[3].equals("moved");
        if (width < 1 || rounds < 1 || !(epsilon >= 0) || args.length > 4 || args.length > 3 && !moved) {
            System.err.println("usage: DecoderLoop [BEAM_WIDTH >= 1] [EPSILON >= 0] [ROUNDS >= 1] [moved]");
            System.exit(2);
        }
        RandomSessions random = new RandomSessions(42);
        List<List<LabelledCandidate>> sessions = IntStream.range(0, 256).mapToObj(i -> random.next(50)).toList();
        if (moved) {
            // the inputs' layout as a long-running process has it: short-lived garbage until young collections have
            // copied the sessions out of eden, then a full collection
            byte[][] junk = new byte[1024][];
            for (int i = 0; i < 3_000_000; i++) {
                junk[i & 1023] = new byte[64];
            }
            System.gc();
        }
        SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(epsilon).withBeamWidth(width).withLength(20);
        DecodedSequence into = new DecodedSequence();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            long cpu = mx.getCurrentThreadCpuTime();
            int calls = 0;
            for (int k = 0; k < 2000; k++) {
                for (List<LabelledCandidate> s : sessions) {
                    BeamSearch.searchInto(s, policy, into);
                    sink += into.score();
                    calls++;
                }
            }
            System.out.printf("B = %d, epsilon = %s, round %d: %.3f us CPU per session%n", width, epsilon, r,
                    (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / calls);
        }
        System.out.println(sink == 1 ? "" : "done");
    }
}
