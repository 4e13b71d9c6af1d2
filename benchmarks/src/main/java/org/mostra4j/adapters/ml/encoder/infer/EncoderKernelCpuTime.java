package org.mostra4j.adapters.ml.encoder.infer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;

/**
 * Where the fast path's time goes, kernel by kernel: each of {@link VectorAffine}'s kernels alone on the benchmark
 * model's shapes (n = 50, 32 inputs, d 64, 4 heads of 16, FF 128) over random data, thread CPU time per call (best of
 * rounds 2–6 of 20,000 calls), with GFLOP/s for the products. One SAB block runs each attention kernel once, the
 * LayerNorm twice, each FF product once; a pass is the input layer, two blocks (the first's Q/K/V from the 32 inputs)
 * and the head. It lives in the kernel's package (the kernels are package-private) but ships in the benchmarks jar:
 * {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * org.mostra4j.adapters.ml.encoder.infer.EncoderKernelCpuTime [REPEATS]} (default 2: the table twice).
 */
public final class EncoderKernelCpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final int N = 50;
    private static final int IN = 32;
    private static final int D = 64;
    private static final int FF = 128;
    private static final int HEADS = 4;
    private static final int PROJ = D / HEADS;

    private EncoderKernelCpuTime() {
    }

    private static float[] random(int n, SplittableRandom r) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (r.nextDouble() * 0.6 - 0.3);
        }
        return a;
    }

    private static double microseconds(Runnable op, int calls) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            long cpu = MX.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                op.run();
            }
            double us = (MX.getCurrentThreadCpuTime() - cpu) / 1e3 / calls;
            if (round >= 2) {
                best = Math.min(best, us);
            }
        }
        return best;
    }

    private static void row(String name, double us, double flops) {
        System.out.printf("%-34s %7.3f us%s%n", name, us, flops > 0 ? String.format("  %6.1f GFLOP/s", flops / us / 1e3) : "");
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        if (repeats < 1) {
            System.err.println("usage: EncoderKernelCpuTime [REPEATS >= 1]");
            System.exit(2);
        }
        if (!Affine.vectorAvailable()) {
            System.err.println("run with --add-modules jdk.incubator.vector (the Vector API kernel is what is timed)");
            System.exit(2);
        }
        VectorAffine k = new VectorAffine();
        SplittableRandom r = new SplittableRandom(1);
        float[] x = random(N * D, r);
        float[] x32 = random(N * IN, r);
        float[] wqkv = random(D * 3 * D, r);
        float[] w32 = random(IN * 3 * D, r);
        float[] b3 = random(3 * D, r);
        float[] qkv = new float[N * 3 * D];
        float[] w1 = random(D * FF, r);
        float[] b1 = random(FF, r);
        float[] hidden = new float[N * FF];
        float[] w2 = random(FF * D, r);
        float[] b2 = random(D, r);
        float[] tmp = new float[N * D];
        float[] wo = random(D * D, r);
        float[] att = random(N * D, r);
        float[] gain = random(D, r);
        float[] bias = random(D, r);
        float[] residual = random(N * D, r);
        float[] outW = random(D, r);
        float[] probabilities = new float[N];
        int pad = Affine.padded(N);
        int width = Affine.scoreWidth(HEADS, N);
        int used = Affine.padded(HEADS * N);
        float[] queriesT = new float[D * pad];
        float[] scoresIn = random(N * width, r);
        float[] scores = scoresIn.clone();
        float[] inverseSums = new float[width];
        k.apply(x32, N, IN, w32, 3 * D, b3, qkv);
        int calls = 20_000;
        for (int rep = 0; rep < repeats; rep++) {
            row("input layer 50x32x64", microseconds(() -> k.apply(x32, N, IN, w32, D, b2, tmp), calls), 2.0 * N * IN * D);
            row("Q/K/V from the inputs 50x32x192", microseconds(() -> k.apply(x32, N, IN, w32, 3 * D, b3, qkv), calls),
                    2.0 * N * IN * 3 * D);
            row("Q/K/V 50x64x192", microseconds(() -> k.apply(x, N, D, wqkv, 3 * D, b3, qkv), calls), 2.0 * N * D * 3 * D);
            row("query transpose", microseconds(() -> k.transpose(qkv, 0, 3 * D, N, D, queriesT, pad), calls), 0);
            row("scores, 4 heads (50 padded to 64)", microseconds(() -> {
                for (int h = 0; h < HEADS; h++) {
                    k.gemm(qkv, D + h * PROJ, 3 * D, N, PROJ, queriesT, h * PROJ * pad, pad, pad, null, scores, h * N, width);
                }
            }, calls), 2.0 * HEADS * N * pad * PROJ);
            double copy = microseconds(() -> System.arraycopy(scoresIn, 0, scores, 0, scores.length), calls);
            row("column softmax (208 of 224 columns)", microseconds(() -> {
                System.arraycopy(scoresIn, 0, scores, 0, scores.length);
                k.softmaxColumns(scores, N, used, width, inverseSums);
            }, calls) - copy, 0);
            k.softmaxColumns(scores, N, used, width, inverseSums);
            row("weighted sums, 4 heads", microseconds(() -> {
                for (int h = 0; h < HEADS; h++) {
                    k.gemmTransposedA(scores, width, h * N, N, N, qkv, 2 * D + h * PROJ, 3 * D, PROJ, inverseSums, att,
                            h * PROJ, D);
                }
            }, calls), 2.0 * HEADS * N * N * PROJ);
            row("output product 50x64x64", microseconds(() -> k.apply(att, N, D, wo, D, null, tmp), calls), 2.0 * N * D * D);
            float[] h = x.clone();
            row("residual LayerNorm (one call)", microseconds(() -> k.addLayerNorm(h, residual, N, D, gain, bias, 1e-5f),
                    calls), 0);
            row("FF 50x64x128 with ReLU (fused)", microseconds(() -> k.applyRelu(x, N, D, w1, FF, b1, hidden), calls),
                    2.0 * N * D * FF);
            row("FF 50x64x128, then ReLU pass", microseconds(() -> {
                k.apply(x, N, D, w1, FF, b1, hidden);
                k.relu(hidden, N * FF);
            }, calls), 2.0 * N * D * FF);
            row("FF 50x128x64", microseconds(() -> k.apply(hidden, N, FF, w2, D, b2, tmp), calls), 2.0 * N * FF * D);
            row("head 50x64x64 with ReLU (fused)", microseconds(() -> k.applyRelu(x, N, D, wo, D, b2, tmp), calls),
                    2.0 * N * D * D);
            row("head's last layer and logistic", microseconds(() -> k.logistic(x, N, D, outW, 0.1f, probabilities), calls),
                    0);
            System.out.println();
        }
    }
}
