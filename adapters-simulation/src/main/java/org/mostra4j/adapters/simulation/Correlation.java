package org.mostra4j.adapters.simulation;

/** Streaming Pearson correlation (shifted sums, fine for shares and rates in [0,1]). */
final class Correlation {
    private long n;
    private double sx;
    private double sy;
    private double sxx;
    private double syy;
    private double sxy;

    void add(double x, double y) {
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }

    /** Pearson r; 0 when either variable is constant or there are fewer than two points. */
    double value() {
        if (n < 2) {
            return 0.0;
        }
        double cov = sxy - sx * sy / n;
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        return vx <= 0 || vy <= 0 ? 0.0 : cov / Math.sqrt(vx * vy);
    }
}
