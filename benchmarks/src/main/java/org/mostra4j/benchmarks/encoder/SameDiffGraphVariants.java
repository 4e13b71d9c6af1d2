package org.mostra4j.benchmarks.encoder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Ways of writing one piece of the training graph in SameDiff 1.0.0-M2.1, each timed through fit() (forward,
 * gradient, Adam) at the encoder's shapes (batch 64, n = 50, d 64, 4 heads): which built-in fused ops are
 * cheaper than the written-out form the trainer uses. Each variant is a small graph x·s → piece → sum of
 * squares (s a trainable scalar, so every op of the piece is differentiated); {@code base} is that frame with
 * an identity piece. Prints the best of 4 rounds in µs of thread CPU per fit step. Argument: group
 * ({@code layernorm}, {@code linear}, {@code attention}, {@code softmax}) and steps per round (50). Run with
 * OMP_NUM_THREADS=1. The figures are in docs/benchmarks.md (issue 18, branch train2).
 */
public final class SameDiffGraphVariants {
    private static final int D = 64;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SameDiffGraphVariants() {
    }

    public static void main(String[] args) {
        String group = args.length > 0 ? args[0] : "layernorm";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Nd4j.getRandom().setSeed(1);
        Map<String, BiFunction<SameDiff, SDVariable, SDVariable>> v = new LinkedHashMap<>();
        long[] shape = {3200, D};
        v.put("base (identity piece)", (sd, x) -> x.mul(1.0));
        switch (group) {
            case "layernorm" -> {
                v.put("LayerNorm: divide by tiled sigma, tiled gain (trainer before)", SameDiffGraphVariants::lnDivide);
                v.put("LayerNorm: sd.nn.layerNorm (layer_norm op)", (sd, x) -> sd.nn.layerNorm(x,
                        sd.var("g", Nd4j.rand(DataType.FLOAT, D)), sd.var("b", Nd4j.rand(DataType.FLOAT, D)), false, 1));
                v.put("LayerNorm: times rsqrt(var + eps) outer gain (trainer now)", SameDiffGraphVariants::lnOuter);
            }
            case "linear" -> {
                v.put("product [3200,64]x[64,128]", (sd, x) -> x.mmul(w(sd, "W", D, 128)));
                v.put("product + add(bias)", (sd, x) -> x.mmul(w(sd, "W", D, 128)).add(sd.var("b",
                        Nd4j.rand(DataType.FLOAT, 128))));
                v.put("product + sd.nn.biasAdd", (sd, x) -> sd.nn.biasAdd(x.mmul(w(sd, "W", D, 128)), sd.var("b",
                        Nd4j.rand(DataType.FLOAT, 128)), true));
                v.put("sd.nn.linear (xw_plus_b)", (sd, x) -> sd.nn.linear(x, w(sd, "W", D, 128), sd.var("b",
                        Nd4j.rand(DataType.FLOAT, 128))));
                v.put("product + sd.nn.relu", (sd, x) -> sd.nn.relu(x.mmul(w(sd, "W", D, 128)), 0));
                v.put("product + scalarMax(y, 0)", (sd, x) -> sd.scalarMax(x.mmul(w(sd, "W", D, 128)), 0.0));
                v.put("product + (y + |y|) / 2 (trainer)", (sd, x) -> {
                    SDVariable y = x.mmul(w(sd, "W", D, 128));
                    return y.add(sd.math.abs(y)).mul(0.5);
                });
            }
            case "attention" -> {
                v.put("Q, K, V: three products, reshape, permute each", SameDiffGraphVariants::threeProjections);
                v.put("one fused Q/K/V product, unstack (trainer now)", SameDiffGraphVariants::fusedProjection);
            }
            case "softmax" -> {
                shape = new long[] {256, 50, 50};
                v.put("scores, no key bias", (sd, x) -> sd.reshape(sd.reshape(x, -1, 4, 50, 50), -1, 50, 50));
                v.put("scores + key bias [64,1,1,50] (trainer)", (sd, x) -> sd.reshape(sd.reshape(x, -1, 4, 50, 50)
                        .add(sd.constant(Nd4j.zeros(DataType.FLOAT, 64, 1, 1, 50))), -1, 50, 50));
                v.put("scores + full-shape bias [64,4,50,50]", (sd, x) -> sd.reshape(sd.reshape(x, -1, 4, 50, 50)
                        .add(sd.constant(Nd4j.zeros(DataType.FLOAT, 64, 4, 50, 50))), -1, 50, 50));
                v.put("softmax op, last axis (trainer)", (sd, x) -> sd.nn.softmax(x, 2));
                v.put("softmax op on [12800, 50]", (sd, x) -> sd.reshape(sd.nn.softmax(sd.reshape(x, -1, 50), 1), -1,
                        50, 50));
                v.put("softmax written out: exp(x - max) / sum", (sd, x) -> {
                    SDVariable e = sd.math.exp(x.sub(sd.max(x, true, 2)));
                    return e.div(e.sum(true, 2));
                });
            }
            default -> throw new IllegalArgumentException("group: layernorm, linear, attention or softmax");
        }
        INDArray x = Nd4j.randn(DataType.FLOAT, shape);
        for (Map.Entry<String, BiFunction<SameDiff, SDVariable, SDVariable>> e : v.entrySet()) {
            SameDiff sd = frame(shape, e.getValue());
            System.out.printf("%-64s %8.1f µs CPU per fit step (%d forward ops)%n", e.getKey(), time(sd, x, steps),
                    sd.ops().length);
        }
    }

    /** x·s → piece → sum of squares, trained by Adam on the scalar s and the piece's own variables. */
    private static SameDiff frame(long[] shape, BiFunction<SameDiff, SDVariable, SDVariable> piece) {
        SameDiff sd = SameDiff.create();
        long[] placeholder = shape.clone();
        placeholder[0] = -1;
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, placeholder);
        SDVariable out = piece.apply(sd, x.mul(sd.var("s", Nd4j.scalar(1.0f))));
        out.mul(out).sum("loss");
        sd.setLossVariables("loss");
        sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(1e-3)).dataSetFeatureMapping("x")
                .markLabelsUnused().build());
        return sd;
    }

    private static double time(SameDiff sd, INDArray x, int steps) {
        MultiDataSet data = new MultiDataSet(new INDArray[] {x}, new INDArray[0]);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 4; r++) {
            long t = THREADS.getCurrentThreadCpuTime();
            sd.fit(new RepeatedBatches(() -> data, steps), 1);
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - t) / 1e3 / steps);
        }
        return best;
    }

    private static SDVariable w(SameDiff sd, String name, long rows, long cols) {
        return sd.var(name, Nd4j.rand(DataType.FLOAT, rows, cols));
    }

    private static SDVariable lnDivide(SameDiff sd, SDVariable x) {
        SDVariable c = x.sub(x.mean(true, 1));
        SDVariable std = sd.math.sqrt(c.mul(c).mean(true, 1).add(1e-5)).mmul(sd.constant(Nd4j.ones(DataType.FLOAT,
                1, D)));
        SDVariable ones = sd.reshape(sd.onesLike(sd.sum(x, 1)), -1, 1);
        return c.div(std).mul(ones.mmul(w(sd, "g", 1, D))).add(w(sd, "b", 1, D));
    }

    private static SDVariable lnOuter(SameDiff sd, SDVariable x) {
        SDVariable c = x.sub(x.mean(true, 1));
        return c.mul(sd.math.rsqrt(c.mul(c).mean(true, 1).add(1e-5)).mmul(w(sd, "g", 1, D))).add(w(sd, "b", 1, D));
    }

    /** Q, K and V as the trainer built them before: three products, each read per head. */
    private static SDVariable threeProjections(SameDiff sd, SDVariable x) {
        SDVariable shape = sd.constant(Nd4j.createFromArray(64L, 50L, 4L, 16L));
        SDVariable sum = null;
        for (String name : new String[] {"q", "k", "v"}) {
            SDVariable perHead = sd.permute(sd.reshape(sd.mmul(x, w(sd, name, D, D), false, true, false), shape),
                    0, 2, 1, 3);
            sum = sum == null ? perHead : sum.add(perHead.mul(1.0));
        }
        return sum;
    }

    /** Q, K and V from one product with the stacked weights, unstacked (the trainer's SAB blocks). */
    private static SDVariable fusedProjection(SameDiff sd, SDVariable x) {
        SDVariable shape = sd.constant(Nd4j.createFromArray(64L, 50L, 3L, 4L, 16L));
        SDVariable all = sd.permute(sd.reshape(sd.mmul(x, w(sd, "qkv", 3 * D, D), false, true, false), shape),
                2, 0, 3, 1, 4);
        SDVariable[] qkv = sd.unstack(all, 0, 3);
        return qkv[0].add(qkv[1].mul(1.0)).add(qkv[2].mul(1.0));
    }
}
