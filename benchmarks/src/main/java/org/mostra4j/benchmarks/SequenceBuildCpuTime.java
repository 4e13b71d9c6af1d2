package org.mostra4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.DecodedSequence;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/**
 * What returning a {@link Sequence} costs beside decoding into a reused {@link DecodedSequence}: the 256 sessions of
 * {@link DecoderVsRankSys} decoded once (greedy, K = 20), then, in alternating rounds of thread CPU time,
 * {@link DecodedSequence#toSequence} (20 {@link Placement}s, the list and the record) and the record alone built over
 * the same placements (its list copy and position checks); the placements' share is the difference. Argument:
 * rounds (default 8). {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.SequenceBuildCpuTime}
 */
public final class SequenceBuildCpuTime {
    private static final int PASSES = 2_000;

    private SequenceBuildCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length > 1 || args.length == 1 && !args[0].matches("[1-9][0-9]{0,3}")) {
            System.err.println("usage: SequenceBuildCpuTime [ROUNDS 1-9999]");
            System.exit(2);
        }
        int rounds = args.length == 1 ? Integer.parseInt(args[0]) : 8;
        RandomSessions random = new RandomSessions(42);
        List<List<LabelledCandidate>> sessions = IntStream.range(0, 256).mapToObj(i -> random.next(50)).toList();
        SequencingPolicy greedy = SequencingPolicy.defaults().withEpsilon(0.05).withBeamWidth(1).withLength(20);
        SessionId id = SessionId.of("bench");
        DecodedSequence[] decoded = new DecodedSequence[sessions.size()];
        List<List<Placement>> placements = new java.util.ArrayList<>();
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = new DecodedSequence();
            BeamSearch.searchInto(sessions.get(i), greedy, decoded[i]);
            // a mutable view, so the record copies it as it copies toSequence's
            placements.add(Arrays.asList(decoded[i].toSequence(id).placements().toArray(new Placement[0])));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double whole = Double.MAX_VALUE;
        double record = Double.MAX_VALUE;
        long sink = 0;
        for (int r = -3; r < rounds; r++) {
            long cpu = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < PASSES; k++) {
                for (DecodedSequence d : decoded) {
                    sink += d.toSequence(id).length();
                }
            }
            double a = (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / (PASSES * decoded.length);
            cpu = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < PASSES; k++) {
                for (List<Placement> p : placements) {
                    sink += new Sequence(id, p).length();
                }
            }
            double b = (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / (PASSES * decoded.length);
            if (r >= 0) {
                whole = Math.min(whole, a);
                record = Math.min(record, b);
            }
        }
        System.out.printf(Locale.ROOT, "toSequence %.3f us per 20-position result: the record over built placements "
                + "(list copy, position checks) %.3f, the placements %.3f (best of %d rounds)%n", whole, record,
                whole - record, rounds);
        System.out.println(sink == 0 ? "?" : "done");
    }
}
