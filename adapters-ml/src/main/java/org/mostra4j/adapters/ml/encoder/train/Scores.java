package org.mostra4j.adapters.ml.encoder.train;

import java.util.Arrays;

/** ROC-AUC (ties get half credit) and mean log-loss of probabilities against 0/1 labels. */
public record Scores(double auc, double logLoss, int count) {

    /** {@code labels[i]} NaN entries are skipped. */
    public static Scores of(double[] probability, float[] labels) {
        int n = 0;
        for (float y : labels) {
            if (!Float.isNaN(y)) {
                n++;
            }
        }
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (!Float.isNaN(labels[i])) {
                p[k] = probability[i];
                y[k++] = labels[i] > 0.5f;
            }
        }
        return new Scores(auc(p, y), logLoss(p, y), n);
    }

    /** Mann–Whitney form with average ranks for ties; NaN when one class is absent. */
    static double auc(double[] p, boolean[] y) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (y[order[t]]) {
                    rankSumPositive += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    static double logLoss(double[] p, boolean[] y) {
        if (p.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(Math.max(p[i], 1e-7), 1 - 1e-7);
            sum -= y[i] ? Math.log(q) : Math.log(1 - q);
        }
        return sum / p.length;
    }
}
