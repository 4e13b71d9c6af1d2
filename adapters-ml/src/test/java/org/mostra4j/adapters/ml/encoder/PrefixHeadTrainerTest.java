package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.SequenceHead;
import org.mostra4j.adapters.ml.encoder.train.PrefixHeadTrainer;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.search.LinearPrefixHead;

/**
 * The head is fitted in SameDiff on the frozen encoder's logits: on sets whose labels were drawn with a
 * known run penalty on top of the encoder's prediction, it recovers that penalty and lowers the held-out
 * log-loss.
 */
class PrefixHeadTrainerTest {
    private static final FeatureSchema SCHEMA = FeatureSchema.of(List.of(ObjectiveId.DISCOVERY), 0);
    private static final Architecture ARCH = new Architecture(true, SCHEMA.width(), 3, 5, 2, 8, 2, 1, 16);
    private static final double TRUE_RUN = -1.0;
    private static final double TRUE_FATIGUE = -0.3;

    @Test
    void recoversAKnownRunPenaltyAndFatigueAndLowersHeldOutLogLoss() {
        EncoderWeights w = EncoderWeights.initial(ARCH, 4L);
        FastSetEncoder fast = new FastSetEncoder(w);
        SplittableRandom r = new SplittableRandom(11);
        List<EncodedSet> training = sets(fast, 600, r);
        List<EncodedSet> validation = sets(fast, 200, r);
        SequenceHead head = PrefixHeadTrainer.train(w, SCHEMA, training, validation, 7L).orElseThrow();
        List<Double> weights = head.head().weights();
        List<String> names = LinearPrefixHead.featureNames(SCHEMA.objectives());
        assertEquals(TRUE_RUN, weights.get(names.indexOf("discovery_x_run")), 0.25, weights.toString());
        assertEquals(TRUE_FATIGUE, weights.get(names.indexOf("ln_position")), 0.15, weights.toString());
        assertTrue(head.metrics().headValidationLogLoss() < head.metrics().validationLogLoss() - 0.01,
                head.metrics().toString());
    }

    @Test
    void tooFewLabelledPositionsGiveNoHead() {
        EncoderWeights w = EncoderWeights.initial(ARCH, 4L);
        List<EncodedSet> few = sets(new FastSetEncoder(w), 10, new SplittableRandom(1));
        assertEquals(Optional.empty(), PrefixHeadTrainer.train(w, SCHEMA, few, few, 7L));
    }

    /** Sets of 10–30 candidates, about 40 % Discovery, labels from the encoder's logit plus the true h. */
    private static List<EncodedSet> sets(FastSetEncoder fast, int count, SplittableRandom r) {
        List<EncodedSet> out = new ArrayList<>();
        int width = SCHEMA.width();
        int bit = FeatureSchema.BASE.size();
        for (int s = 0; s < count; s++) {
            int n = 10 + r.nextInt(21);
            float[] dense = new float[n * width];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < bit; j++) {
                    dense[i * width + j] = (float) (r.nextDouble() * 2 - 1);
                }
                dense[i * width + bit] = r.nextDouble() < 0.4 ? 1f : 0f;
            }
            int[] tracks = new int[n];
            for (int i = 0; i < n; i++) {
                tracks[i] = r.nextInt(ARCH.trackRows());
            }
            EncodedSet unlabelled = new EncodedSet(n, width, dense, r.nextInt(ARCH.userRows()), tracks, new float[n]);
            float[] p = fast.score(unlabelled);
            float[] sat = new float[n];
            int run = 0;
            for (int i = 0; i < n; i++) {
                boolean d = dense[i * width + bit] > 0.5f;
                double logit = Math.log(p[i] / (1 - p[i])) + TRUE_FATIGUE * Math.log(i + 1.0)
                        + (d ? TRUE_RUN * Math.min(run, LinearPrefixHead.RUN_CAP) : 0.0);
                sat[i] = r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1f : 0f;
                run = d ? run + 1 : 0;
            }
            out.add(new EncodedSet(n, width, dense, unlabelled.user(), tracks, sat));
        }
        return out;
    }
}
