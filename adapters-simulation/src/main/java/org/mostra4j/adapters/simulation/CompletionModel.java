package org.mostra4j.adapters.simulation;

/**
 * The true, set- and sequence-aware completion model (docs/simulator.md §True model). For user u served
 * the sequence j_1..j_L, position t completes with probability sigmoid(logit_t):
 *
 * <pre>
 * logit_t = intercept + bias_u + affinity·cos(u, j_t) + artistFamiliarity·[artist heard] + trackFamiliarity·[track heard]
 *         + popularity·(pop_t − 0.5) + appeal_t + emergingAppeal·[artist emerging]
 *         − discoveryShare·D(S) − unfamiliarRun·min(runCap, max(0, r_t − 1)) − positionFatigue·ln(t)
 * </pre>
 *
 * D(S) is the share of Discovery tracks in the served sequence; r_t the number of consecutive Discovery
 * tracks ending at t (0 when j_t is familiar). Outcomes are independent given the sequence, so the
 * expected completion at each position is exactly this probability.
 */
final class CompletionModel {
    private final World world;
    private final SimulationConfig.TrueModel m;
    private final double[] logPosition;

    CompletionModel(World world) {
        this.world = world;
        this.m = world.config.model();
        int max = Math.max(world.config.retrieval().maxCandidates(), 1) + 1;
        logPosition = new double[max + 1];
        for (int t = 1; t <= max; t++) {
            logPosition[t] = StrictMath.log(t);
        }
    }

    /** The part of the logit that depends on the user and the track alone (emerging appeal excluded). */
    double trackLogit(int user, int track, boolean discovery) {
        Catalogue c = world.catalogue;
        Listeners l = world.listeners;
        double aff = c.trackCosine(l.taste, user * l.dim, l.tasteInvNorm[user], track);
        double logit = m.intercept() + l.bias[user] + m.affinity() * aff + m.popularity() * (c.trackPopularity[track] - 0.5)
                + c.trackAppeal[track];
        if (!discovery) {
            logit += m.artistFamiliarity();
            if (l.heardTrack(user, track)) {
                logit += m.trackFamiliarity();
            }
        }
        return logit;
    }

    /**
     * Writes the logit of each position of {@code order[0..len)} into {@code out}, with the given emerging
     * appeal; {@code discovery[i]} must say whether order[i] is a Discovery track for the user.
     */
    void logits(int user, int[] order, boolean[] discovery, int len, double emergingAppeal, double[] out) {
        int discoveries = 0;
        for (int i = 0; i < len; i++) {
            if (discovery[i]) {
                discoveries++;
            }
        }
        double setTerm = len == 0 ? 0 : m.discoveryShare() * discoveries / len;
        int run = 0;
        for (int i = 0; i < len; i++) {
            int track = order[i];
            run = discovery[i] ? run + 1 : 0;
            double logit = trackLogit(user, track, discovery[i]) - setTerm
                    - m.unfamiliarRun() * Math.min(m.runCap(), Math.max(0, run - 1))
                    - m.positionFatigue() * logPosition(i + 1);
            if (world.catalogue.emerging[world.catalogue.trackArtist[track]]) {
                logit += emergingAppeal;
            }
            out[i] = logit;
        }
    }

    /** The logit of each position split into {@link #TERMS}: track quality, set share, unfamiliar run, fatigue. */
    double[][] terms(int user, int[] order, boolean[] discovery, int len) {
        double[] full = new double[len];
        logits(user, order, discovery, len, world.emergingAppeal, full);
        double[][] out = new double[TERMS.size()][len];
        int discoveries = 0;
        for (int i = 0; i < len; i++) {
            discoveries += discovery[i] ? 1 : 0;
        }
        double setTerm = len == 0 ? 0 : m.discoveryShare() * discoveries / len;
        int run = 0;
        for (int i = 0; i < len; i++) {
            run = discovery[i] ? run + 1 : 0;
            out[1][i] = -setTerm;
            out[2][i] = -m.unfamiliarRun() * Math.min(m.runCap(), Math.max(0, run - 1));
            out[3][i] = -m.positionFatigue() * logPosition(i + 1);
            // the rest of the logit is the track's own quality for this user (emerging appeal included)
            out[0][i] = full[i] - out[1][i] - out[2][i] - out[3][i];
        }
        return out;
    }

    static final java.util.List<String> TERMS = java.util.List.of("track", "set_share", "unfamiliar_run", "fatigue");

    void probabilities(int user, int[] order, boolean[] discovery, int len, double[] out) {
        logits(user, order, discovery, len, world.emergingAppeal, out);
        for (int i = 0; i < len; i++) {
            out[i] = Draws.sigmoid(out[i]);
        }
    }

    boolean isDiscovery(int user, int track) {
        return !world.listeners.heardArtist(user, world.catalogue.trackArtist[track]);
    }

    private double logPosition(int t) {
        return t < logPosition.length ? logPosition[t] : StrictMath.log(t);
    }
}
