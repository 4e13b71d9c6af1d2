package org.mostra4j.benchmarks.encoder;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The plain-Java encoder over n = 50 candidates. {@code single}: one session per call (run with -t 1
 * for latency, -t 2 for 2-thread throughput); {@code batch64}: 64 sessions per call, reported per
 * session. No ND4J is loaded.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-modules", "jdk.incubator.vector"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FastEncoderBenchmark {
    private FastSetEncoder encoder;
    private List<EncodedSet> sets;

    @Setup
    public void setUp() {
        encoder = new FastSetEncoder(EncoderWeights.initial(BenchmarkSets.model(), 1L));
        sets = BenchmarkSets.sets(BenchmarkSets.model(), 64, 2L);
    }

    /** Per-thread cursor and output buffer, so threads do not share writes. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
        final float[] out = new float[BenchmarkSets.N];
    }

    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.Throughput})
    public void single(Cursor c, Blackhole bh) {
        encoder.score(sets.get(c.next++ & 63), c.out);
        bh.consume(c.out);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OperationsPerInvocation(64)
    public void batch64(Cursor c, Blackhole bh) {
        for (int s = 0; s < 64; s++) {
            encoder.score(sets.get(s), c.out);
            bh.consume(c.out);
        }
    }
}
