package org.mostra4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.search.BeamSearch;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The decoder alone (ε filter + submodular scoring + beam search, including the Sequence it builds):
 * n = 50 candidates, K = 20, B = 5, 3 objectives, λ = 0.07, φ = sqrt, discount on; relevance
 * ~ Beta(5, 5). Target: median ≤ 25 µs per session on one core. Sessions cycle through 256 seeded
 * instances so that branch predictors cannot learn one input.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BeamSearchBenchmark {
    private static final int SESSIONS = 256;
    private static final SessionId ID = SessionId.of("bench");

    /** ε = 0.05 is the default; ε = 1 lets every candidate through the filter (the worst case). */
    @Param({"0.05", "1.0"})
    public double epsilon;

    private List<List<LabelledCandidate>> sessions;
    private SequencingPolicy policy;
    private int next;

    @Setup
    public void setUp() {
        RandomSessions random = new RandomSessions(42);
        sessions = java.util.stream.IntStream.range(0, SESSIONS).mapToObj(i -> random.next(50)).toList();
        policy = SequencingPolicy.defaults().withEpsilon(epsilon).withBeamWidth(5).withLength(20);
    }

    @Benchmark
    public Sequence beamSearch() {
        next = (next + 1) & (SESSIONS - 1);
        return BeamSearch.search(ID, sessions.get(next), policy);
    }
}
