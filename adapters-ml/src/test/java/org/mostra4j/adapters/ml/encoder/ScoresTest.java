package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.train.Scores;

/** ROC-AUC with ties and log-loss on hand-checked cases. */
class ScoresTest {
    @Test
    void perfectReversedTiedAndUnlabelled() {
        assertEquals(1.0, Scores.of(new double[] {0.1, 0.9}, new float[] {0, 1}).auc(), 1e-12);
        assertEquals(0.0, Scores.of(new double[] {0.9, 0.1}, new float[] {0, 1}).auc(), 1e-12);
        assertEquals(0.5, Scores.of(new double[] {0.5, 0.5}, new float[] {0, 1}).auc(), 1e-12);
        // positives 0.8, 0.4; negatives 0.6, 0.2 → pairs won 3 of 4
        assertEquals(0.75, Scores.of(new double[] {0.8, 0.6, 0.4, 0.2, 0.99}, new float[] {1, 0, 1, 0, Float.NaN})
                .auc(), 1e-12);
        assertEquals(4, Scores.of(new double[] {0.8, 0.6, 0.4, 0.2, 0.99}, new float[] {1, 0, 1, 0, Float.NaN}).count());
        assertTrue(Double.isNaN(Scores.of(new double[] {0.3}, new float[] {1}).auc()));
    }

    @Test
    void logLossOfHalfIsLogTwo() {
        assertEquals(Math.log(2), Scores.of(new double[] {0.5, 0.5}, new float[] {0, 1}).logLoss(), 1e-12);
    }
}
