package org.mostra4j.domain.evaluation;

/**
 * The metric functions on one served list, each over the top {@code m = min(k, n)} positions. Gains are
 * given in served order (position 1 first). No function returns NaN: an empty list or a list without
 * any gain gives 0.
 *
 * <ul>
 *   <li>SAT@k = Σ_{t ≤ m} g_t (expected number of satisfied tracks in the top k);</li>
 *   <li>DCG@k = Σ_{t ≤ m} g_t / log2(t + 1);</li>
 *   <li>NDCG@k = DCG@k / IDCG@k where IDCG@k is the DCG@k of the ideal gains (sorted descending);
 *       0 when IDCG@k = 0 (our choice: no order can earn anything);</li>
 *   <li>count@k = tracks serving the objective in the top k; share@k = count@k / m (0 when m = 0).</li>
 * </ul>
 */
public final class RankMetrics {
    private static final int TABLE = 1024;
    private static final double[] DISCOUNT = new double[TABLE + 1];

    static {
        for (int t = 1; t <= TABLE; t++) {
            DISCOUNT[t] = Math.log(2) / Math.log(t + 1.0);
        }
    }

    private RankMetrics() {
    }

    /** 1 / log2(t + 1) for 1-based position t. */
    public static double discount(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1, was " + position);
        }
        return position <= TABLE ? DISCOUNT[position] : Math.log(2) / Math.log(position + 1.0);
    }

    /** The number of positions counted: min(k, n). */
    public static int depth(int k, int n) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        return Math.min(k, n);
    }

    public static double satAt(double[] servedGains, int k) {
        int m = depth(k, servedGains.length);
        double s = 0.0;
        for (int t = 0; t < m; t++) {
            s += servedGains[t];
        }
        return s;
    }

    public static double dcgAt(double[] servedGains, int k) {
        int m = depth(k, servedGains.length);
        double s = 0.0;
        for (int t = 0; t < m; t++) {
            s += servedGains[t] * discount(t + 1);
        }
        return s;
    }

    /** NDCG@k with the ideal taken from {@code idealDescending} (the best achievable gains, sorted desc). */
    public static double ndcgAt(double[] servedGains, double[] idealDescending, int k) {
        double ideal = dcgAt(idealDescending, k);
        return ideal > 0.0 ? dcgAt(servedGains, k) / ideal : 0.0;
    }

    /** NDCG@k whose ideal is the served gains themselves sorted descending. */
    public static double ndcgAt(double[] servedGains, int k) {
        double[] sorted = servedGains.clone();
        java.util.Arrays.sort(sorted);
        reverse(sorted);
        return ndcgAt(servedGains, sorted, k);
    }

    /** Tracks serving the objective among the top k; {@code serves[t]} is for position t + 1. */
    public static int countAt(boolean[] serves, int k) {
        int m = depth(k, serves.length);
        int c = 0;
        for (int t = 0; t < m; t++) {
            if (serves[t]) {
                c++;
            }
        }
        return c;
    }

    public static double shareAt(boolean[] serves, int k) {
        int m = depth(k, serves.length);
        return m == 0 ? 0.0 : (double) countAt(serves, k) / m;
    }

    static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
