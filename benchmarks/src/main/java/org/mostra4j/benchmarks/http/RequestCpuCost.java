package org.mostra4j.benchmarks.http;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * CPU time per request stage, measured on the calling thread: unlike wall-clock JMH, it barely moves when other
 * processes share the cores. Same stages as {@link RequestCostBenchmark}. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.http.RequestCpuCost [blocks]}.
 */
public final class RequestCpuCost {
    private RequestCpuCost() {
    }

    public static void main(String[] args) throws Exception {
        RequestCostBenchmark b = new RequestCostBenchmark();
        b.blocks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        b.setUp();
        report("encoder only (stand-in, " + b.blocks + " blocks, 50 candidates)", b::encoderOnly);
        report("search only (decorate + epsilon filter + beam B=5, K=50)", b::searchOnly);
        report("whole request without network (parse, encode, search, write)", b::wholeRequestWithoutNetwork);
    }

    private static void report(String stage, Callable<Object> op) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 2000;
        for (int i = 0; i < 3 * n; i++) {
            op.call();
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                op.call();
            }
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / n);
        }
        System.out.printf(Locale.ROOT, "%-66s %8.1f us CPU/op (best of 5 rounds of %d)%n", stage, best, n);
    }
}
