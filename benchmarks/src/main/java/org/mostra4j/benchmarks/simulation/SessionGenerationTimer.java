package org.mostra4j.benchmarks.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.mostra4j.adapters.simulation.SimulationConfig;
import org.mostra4j.adapters.simulation.Simulator;
import org.mostra4j.adapters.simulation.World;

/**
 * A timed runner beside the JMH benchmark: on a shared machine wall-clock throughput says more about the
 * neighbours than about the code, so this also reports sessions per second of this thread's CPU time
 * (what one dedicated core would do). Run:
 * {@code java -Xmx256m -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar
 * org.mostra4j.benchmarks.simulation.SessionGenerationTimer [sessions]}
 */
public final class SessionGenerationTimer {
    private SessionGenerationTimer() {
    }

    public static void main(String[] args) throws IOException {
        long sessions = args.length > 0 ? Long.parseLong(args[0]) : 300_000;
        SimulationConfig d = SimulationConfig.defaults();
        World world = World.generate(d.withSizes(d.sizes().withSessions(sessions)));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) { // the first round warms the JIT up
            long wall = System.nanoTime();
            long used = cpu.getCurrentThreadCpuTime();
            Simulator.summarize(world);
            report("generate", sessions, System.nanoTime() - wall, cpu.getCurrentThreadCpuTime() - used);
            wall = System.nanoTime();
            used = cpu.getCurrentThreadCpuTime();
            Simulator.writeSessions(world, name -> OutputStream.nullOutputStream(), done -> { });
            report("generate+csv", sessions, System.nanoTime() - wall, cpu.getCurrentThreadCpuTime() - used);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used %.0f MB of max %.0f MB%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    private static void report(String what, long sessions, long wallNanos, long cpuNanos) {
        System.out.printf(Locale.ROOT, "%-13s %d sessions: %.0f sessions/s wall, %.0f sessions/s per CPU-second%n",
                what, sessions, sessions / (wallNanos / 1e9), sessions / (cpuNanos / 1e9));
    }
}
