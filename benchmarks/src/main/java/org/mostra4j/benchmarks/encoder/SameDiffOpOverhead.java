package org.mostra4j.benchmarks.encoder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * SameDiff's fixed cost per op, free of arithmetic: a graph x + w followed by a chain of k scalar products on
 * a [1, 4] array, loss = sum, trained by fit(iterator) with Adam (as the trainer runs an epoch). Each link of
 * the chain adds one forward op and one backward op, so the slope of the step's thread CPU time over k is
 * SameDiff's cost of one forward op plus one gradient op when the kernel itself does nothing; the forward
 * pass alone (output()) is timed the same way. The peer is {@code benchmarks/scripts/torch-op-overhead.py}.
 * Arguments: steps per round (500), rounds (4), chain lengths (0,32,128,512), shape of x (1x4; 3200x64 is one
 * batch's candidate rows, where the op's kernel and its output's allocation count too; w is [1, cols]).
 * {@code -DprofilingMode=DISABLED} sets the executioner's profiling mode (default SCOPE_PANIC). Prints the ND4J settings that
 * can add per-op cost, then per k the CPU time per step and the ops SameDiff executes. Run with OMP_NUM_THREADS=1.
 */
public final class SameDiffOpOverhead {
    private SameDiffOpOverhead() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String[] ks = (args.length > 2 ? args[2] : "0,32,128,512").split(",");
        String[] shape = (args.length > 3 ? args[3] : "1x4").split("x");
        int rows = Integer.parseInt(shape[0]);
        int cols = Integer.parseInt(shape[1]);
        String mode = System.getProperty("profilingMode");
        if (mode != null) {
            Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.valueOf(mode));
        }
        System.out.printf("settings: executioner profiling %s, environment debug %s verbose %s profiling %s,"
                + " periodic GC %s (every %d ms), OMP threads %s%n", Nd4j.getExecutioner().getProfilingMode(),
                Nd4j.getEnvironment().isDebug(), Nd4j.getEnvironment().isVerbose(), Nd4j.getEnvironment().isProfiling(),
                Nd4j.getMemoryManager().isPeriodicGcActive(), Nd4j.getMemoryManager().getAutoGcWindow(),
                System.getenv("OMP_NUM_THREADS"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] fitUs = new double[ks.length];
        double[] outUs = new double[ks.length];
        int[] opsPerStep = new int[ks.length];
        for (int i = 0; i < ks.length; i++) {
            int k = Integer.parseInt(ks[i].trim());
            SameDiff sd = chain(k, cols);
            INDArray x = Nd4j.rand(DataType.FLOAT, rows, cols);
            MultiDataSet data = new MultiDataSet(new INDArray[] {x}, new INDArray[0]);
            double bestFit = Double.MAX_VALUE;
            double bestOut = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                long t = threads.getCurrentThreadCpuTime();
                sd.fit(new RepeatedBatches(() -> data, steps), 1);
                bestFit = Math.min(bestFit, (threads.getCurrentThreadCpuTime() - t) / 1e3 / steps);
                t = threads.getCurrentThreadCpuTime();
                for (int s = 0; s < steps; s++) {
                    sd.output(java.util.Map.of("x", x), "loss");
                }
                bestOut = Math.min(bestOut, (threads.getCurrentThreadCpuTime() - t) / 1e3 / steps);
            }
            fitUs[i] = bestFit;
            outUs[i] = bestOut;
            int gradOps = sd.getFunction("grad") == null ? 0 : sd.getFunction("grad").ops().length;
            opsPerStep[i] = gradOps;
            System.out.printf("k %4d: %d forward ops, %d ops in the gradient graph; fit %.1f µs CPU per step,"
                    + " output %.1f µs per call%n", k, sd.ops().length, gradOps, bestFit, bestOut);
        }
        int last = ks.length - 1;
        double links = Integer.parseInt(ks[last].trim()) - Integer.parseInt(ks[0].trim());
        System.out.printf("slope k %s -> %s: fit %.2f µs per link (one forward + one gradient op: %.2f µs per op);"
                + " output %.2f µs per forward op%n", ks[0].trim(), ks[last].trim(), (fitUs[last] - fitUs[0]) / links,
                (fitUs[last] - fitUs[0]) / links / 2, (outUs[last] - outUs[0]) / links);
    }

    /** loss = sum((x + w) · 1.0001^k) as k separate scalar products; w [1, cols] broadcast over x's rows. */
    private static SameDiff chain(int k, int cols) {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, cols);
        SDVariable w = sd.var("w", Nd4j.ones(DataType.FLOAT, 1, cols));
        SDVariable h = x.add(w);
        for (int i = 0; i < k; i++) {
            h = h.mul(1.0001);
        }
        h.sum("loss");
        sd.setLossVariables("loss");
        sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(1e-3)).dataSetFeatureMapping("x")
                .markLabelsUnused().build());
        return sd;
    }
}
