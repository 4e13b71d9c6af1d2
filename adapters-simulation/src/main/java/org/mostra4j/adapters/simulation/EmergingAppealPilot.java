package org.mostra4j.adapters.simulation;

/**
 * Sets the emerging artists' appeal so that a session's share of Exposure tracks is uncorrelated with
 * its expected satisfaction (the mean true completion of its logged candidates). Why: emerging artists are
 * unpopular because they are new, not because they are worse; without this their low popularity (and the
 * users who happen to know them) would make Exposure-heavy sets look worse or better, and the Mostra study
 * observed neither. Runs pilot sessions from a stream of their own (seed, PILOT, k), so the logged
 * sessions are untouched, and bisects the bonus a fixed number of times (deterministic). The covariance
 * grows with the bonus (a larger bonus lifts exactly the sessions with more Exposure), so bisection finds
 * its zero.
 */
final class EmergingAppealPilot {
    private static final int ITERATIONS = 32;
    private static final double BOUND = 6.0;

    private EmergingAppealPilot() {
    }

    static double calibrate(World provisional) {
        SessionGenerator generator = new SessionGenerator(provisional, Draws.PILOT);
        CompletionModel model = generator.model();
        SessionDraft d = SessionGenerator.newDraft(provisional);
        int pilots = provisional.config.model().pilotSessions();
        int capacity = pilots * provisional.config.retrieval().maxCandidates();
        double[] logit = new double[capacity];
        boolean[] bonus = new boolean[capacity];
        int[] end = new int[pilots];
        double[] share = new double[pilots];
        double[] scratch = new double[provisional.config.retrieval().maxCandidates()];
        Catalogue c = provisional.catalogue;
        int n = 0;
        for (int k = 0; k < pilots; k++) {
            generator.retrieve(k, d);
            model.logits(d.user, d.tracks, d.discovery, d.size, 0.0, scratch);
            for (int i = 0; i < d.size; i++) {
                logit[n] = scratch[i];
                bonus[n] = c.emerging[c.trackArtist[d.tracks[i]]];
                n++;
            }
            end[k] = n;
            share[k] = d.count(d.exposure) / (double) d.size;
        }
        double lo = -BOUND;
        double hi = BOUND;
        for (int it = 0; it < ITERATIONS; it++) {
            double mid = 0.5 * (lo + hi);
            double cov = covariance(logit, bonus, end, share, mid);
            if (cov == 0.0 && it == 0) {
                return 0.0; // Exposure share never varies: nothing to balance
            }
            if (cov < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Covariance over pilot sessions of the Exposure share and the mean true completion, at a bonus. */
    private static double covariance(double[] logit, boolean[] bonus, int[] end, double[] share, double appeal) {
        int start = 0;
        double sx = 0;
        double sy = 0;
        double sxy = 0;
        for (int k = 0; k < end.length; k++) {
            double sum = 0;
            for (int i = start; i < end[k]; i++) {
                sum += Draws.sigmoid(logit[i] + (bonus[i] ? appeal : 0.0));
            }
            double mean = sum / (end[k] - start);
            sx += share[k];
            sy += mean;
            sxy += share[k] * mean;
            start = end[k];
        }
        int n = end.length;
        return sxy / n - (sx / n) * (sy / n);
    }
}
