package org.mostra4j.adapters.ml.encoder.train;

import java.util.ArrayList;
import java.util.List;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.SequenceHead;
import org.mostra4j.domain.search.LinearPrefixHead;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.autodiff.loss.LossReduce;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Learns mostra-seq's prefix head after the encoder, on the frozen encoder's logits: a logistic
 * regression of each logged label on {@code logit(s_i) + h(prefix before i in logged order, i)}, with the
 * encoder's logit as a fixed offset, fitted in SameDiff (full batch, Adam). Only sessions whose logged
 * positions are independent of the tracks qualify (shuffled logs: the simulator's, MSSD's shuffle
 * sessions); the caller passes only those. Positions are the candidates' logged order (index + 1).
 */
public final class PrefixHeadTrainer {
    /** Fewer labelled positions than this and no head is learned (its weights would be noise). */
    public static final int MIN_ROWS = 2_000;
    static final int STEPS = 300;
    static final double LEARNING_RATE = 0.05;

    private PrefixHeadTrainer() {
    }

    /** The labelled rows of some sets: feature rows, the encoder's logits and the labels. */
    record Rows(double[][] features, double[] offsets, double[] labels) {
        int size() {
            return labels.length;
        }
    }

    /**
     * The head, or empty when the sets hold fewer than {@link #MIN_ROWS} labelled positions.
     *
     * @param training   shuffled-order training sets (logged order)
     * @param validation shuffled-order validation sets, for the log-loss with and without the head
     */
    public static java.util.Optional<SequenceHead> train(EncoderWeights encoder, FeatureSchema schema,
            List<EncodedSet> training, List<EncodedSet> validation, long seed) {
        FastSetEncoder fast = new FastSetEncoder(encoder);
        Rows rows = rows(fast, schema, training);
        if (rows.size() < MIN_ROWS) {
            return java.util.Optional.empty();
        }
        double[] w = fit(rows, LinearPrefixHead.width(schema.objectives().size()), seed);
        List<Double> weights = new ArrayList<>(w.length);
        for (double v : w) {
            weights.add(v);
        }
        LinearPrefixHead head = new LinearPrefixHead(schema.objectives(), weights);
        Rows held = rows(fast, schema, validation);
        return java.util.Optional.of(new SequenceHead(head, new SequenceHead.Metrics(rows.size(), held.size(),
                logLoss(held, null), logLoss(held, head), "")));
    }

    static Rows rows(FastSetEncoder fast, FeatureSchema schema, List<EncodedSet> sets) {
        int m = schema.objectives().size();
        int firstBit = FeatureSchema.BASE.size();
        List<double[]> x = new ArrayList<>();
        List<Double> off = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (EncodedSet s : sets) {
            float[] p = fast.score(s);
            List<Long> masks = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                long mask = 0L;
                for (int k = 0; k < m; k++) {
                    if (s.dense(i, firstBit + k) > 0.5f) {
                        mask |= 1L << k;
                    }
                }
                masks.add(mask);
            }
            double[][] f = LinearPrefixHead.featureRows(masks, m);
            for (int i = 0; i < s.size(); i++) {
                if (!Float.isNaN(s.sat(i))) {
                    x.add(f[i]);
                    off.add(logit(p[i]));
                    y.add((double) s.sat(i));
                }
            }
        }
        return new Rows(x.toArray(double[][]::new), off.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double logit(float p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double[] fit(Rows rows, int width, long seed) {
        Nd4j.getRandom().setSeed(seed);
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, width);
        SDVariable off = sd.placeHolder("off", DataType.FLOAT, -1, 1);
        SDVariable y = sd.placeHolder("y", DataType.FLOAT, -1, 1);
        SDVariable w = sd.var("w", Nd4j.zeros(DataType.FLOAT, width, 1));
        SDVariable logits = off.add(x.mmul(w));
        sd.loss.sigmoidCrossEntropy("loss", y, logits, null, LossReduce.MEAN_BY_WEIGHT, 0.0);
        sd.setLossVariables("loss");
        sd.setTrainingConfig(TrainingConfig.builder().updater(new Adam(LEARNING_RATE))
                .dataSetFeatureMapping("x", "off").dataSetLabelMapping("y").build());
        int n = rows.size();
        float[] xs = new float[n * width];
        float[] os = new float[n];
        float[] ys = new float[n];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < width; j++) {
                xs[r * width + j] = (float) rows.features()[r][j];
            }
            os[r] = (float) rows.offsets()[r];
            ys[r] = (float) rows.labels()[r];
        }
        INDArray[] features = {Nd4j.create(xs, new long[] {n, width}), Nd4j.create(os, new long[] {n, 1})};
        INDArray[] labels = {Nd4j.create(ys, new long[] {n, 1})};
        MultiDataSet batch = new MultiDataSet(features, labels);
        for (int step = 0; step < STEPS; step++) {
            sd.fit(batch);
        }
        return sd.getVariable("w").getArr().castTo(DataType.DOUBLE).toDoubleVector();
    }

    /** Mean log-loss of rows under the encoder alone (head null) or with the head. */
    static double logLoss(Rows rows, LinearPrefixHead head) {
        double sum = 0;
        for (int r = 0; r < rows.size(); r++) {
            double z = rows.offsets()[r] + (head == null ? 0.0 : head.shift(rows.features()[r]));
            double p = 1 / (1 + Math.exp(-z));
            p = Math.min(1 - 1e-7, Math.max(1e-7, p));
            sum -= rows.labels()[r] * Math.log(p) + (1 - rows.labels()[r]) * Math.log(1 - p);
        }
        return rows.size() == 0 ? Double.NaN : sum / rows.size();
    }
}
