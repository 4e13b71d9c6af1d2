package org.mostra4j.benchmarks.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.simulation.SimulationConfig;
import org.mostra4j.adapters.simulation.SimulationSummary;
import org.mostra4j.adapters.simulation.Simulator;
import org.mostra4j.adapters.simulation.World;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Session generation of the simulator on one core with a small heap (the default world: 10k users, 2k
 * artists, 50k tracks, 10–50 candidates per session, 30 on average). The score is sessions per second.
 * Target (issue 4): at least 50,000 sessions/s. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar SessionGenerationBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC"})
public class SessionGenerationBenchmark {
    static final int SESSIONS = 20_000;
    World world;

    @Setup(Level.Trial)
    public void setUp() {
        SimulationConfig d = SimulationConfig.defaults();
        world = World.generate(d.withSizes(d.sizes().withSessions(SESSIONS)));
    }

    /** Retrieval, shuffle, true model and labels, plus the calibration statistics. */
    @Benchmark
    @OperationsPerInvocation(SESSIONS)
    public SimulationSummary generate() {
        return Simulator.summarize(world);
    }

    /** The same, formatted as canonical CSV (sessions, candidates, truth) into discarding streams. */
    @Benchmark
    @OperationsPerInvocation(SESSIONS)
    public SimulationSummary generateAndWriteCsv() throws IOException {
        return Simulator.writeSessions(world, name -> OutputStream.nullOutputStream(), done -> { });
    }
}
