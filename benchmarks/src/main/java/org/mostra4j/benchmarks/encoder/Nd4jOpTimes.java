package org.mostra4j.benchmarks.encoder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Thread CPU time of single ND4J ops at the training step's shapes (batch 64 × n = 50 rows, d 64, 4 heads of 16):
 * the pinned build's side of the per-op comparison with PyTorch (benchmarks/scripts/torch-op-times.py times the same
 * shapes). Each op runs into a preallocated output, best of 5 rounds of 1 s. Run with OMP_NUM_THREADS=1.
 */
public final class Nd4jOpTimes {
    private Nd4jOpTimes() {
    }

    public static void main(String[] args) {
        Nd4j.getRandom().setSeed(1);
        time("mm [3200,64]x[64,64] (projections)", Nd4j.rand(DataType.FLOAT, 3200, 64), Nd4j.rand(DataType.FLOAT, 64, 64),
                Nd4j.create(DataType.FLOAT, 3200, 64));
        time("mm [3200,64]x[64,128] (FF in)", Nd4j.rand(DataType.FLOAT, 3200, 64), Nd4j.rand(DataType.FLOAT, 64, 128),
                Nd4j.create(DataType.FLOAT, 3200, 128));
        time("mm [3200,128]x[128,64] (FF out)", Nd4j.rand(DataType.FLOAT, 3200, 128),
                Nd4j.rand(DataType.FLOAT, 128, 64), Nd4j.create(DataType.FLOAT, 3200, 64));
        time("mm [64,3200]x[3200,64] (weight gradient)", Nd4j.rand(DataType.FLOAT, 64, 3200),
                Nd4j.rand(DataType.FLOAT, 3200, 64), Nd4j.create(DataType.FLOAT, 64, 64));
        time("bmm [256,50,16]x[256,16,50] (scores)", Nd4j.rand(DataType.FLOAT, 256, 50, 16),
                Nd4j.rand(DataType.FLOAT, 256, 16, 50), Nd4j.create(DataType.FLOAT, 256, 50, 50));
        time("bmm [256,50,50]x[256,50,16] (weighted sum)", Nd4j.rand(DataType.FLOAT, 256, 50, 50),
                Nd4j.rand(DataType.FLOAT, 256, 50, 16), Nd4j.create(DataType.FLOAT, 256, 50, 16));
        INDArray scores = Nd4j.rand(DataType.FLOAT, 256, 50, 50);
        INDArray soft = Nd4j.create(DataType.FLOAT, 256, 50, 50);
        report("softmax [256,50,50] over the last axis", 0, () -> Nd4j.exec(new SoftMax(scores, soft, -1)));
    }

    private static void time(String name, INDArray a, INDArray b, INDArray out) {
        long[] sa = a.shape();
        long[] sb = b.shape();
        double flops = 2.0 * sa[sa.length - 2] * sa[sa.length - 1] * sb[sb.length - 1] * (sa.length == 3 ? sa[0] : 1);
        report(name, flops, () -> Nd4j.matmul(a, b, out, false, false, false));
    }

    private static void report(String name, double flops, Runnable op) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            op.run();
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            int n = 0;
            long cpu = mx.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            while (System.nanoTime() - wall < 1_000_000_000L) {
                op.run();
                n++;
            }
            best = Math.min(best, (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / n);
        }
        System.out.printf("nd4j %-44s %9.1f us CPU%s%n", name, best,
                flops > 0 ? String.format(", %.1f GFLOP/s", flops / best / 1e3) : "");
    }
}
