package org.mostra4j.adapters.simulation;

import java.util.SplittableRandom;

/**
 * Regenerates session k of a world from (seed, k): the user, the date, the retrieval of 10–50 candidates
 * (familiar, similar-new-artist and popular-new-artist slots, each independently aimed at an emerging
 * artist or not), the uniformly shuffled logged order, the true probabilities and the SAT labels.
 * Not thread-safe (it reuses scratch buffers); use one per thread.
 */
final class SessionGenerator {
    private static final int FAMILIAR = 0;
    private static final int SIMILAR = 1;
    private static final int NEW = 2;
    private static final int RETRIES = 8;

    private final World world;
    private final Catalogue c;
    private final Listeners l;
    private final SimulationConfig.RetrievalShape shape;
    private final CompletionModel model;
    private final long streamKey;
    private final int[] proposals;
    private final double[] weights;

    SessionGenerator(World world) {
        this(world, Draws.SESSIONS);
    }

    SessionGenerator(World world, long streamKey) {
        this.world = world;
        this.c = world.catalogue;
        this.l = world.listeners;
        this.shape = world.config.retrieval();
        this.model = new CompletionModel(world);
        this.streamKey = streamKey;
        this.proposals = new int[shape.proposals()];
        this.weights = new double[shape.proposals()];
    }

    CompletionModel model() {
        return model;
    }

    static SessionDraft newDraft(World world) {
        return new SessionDraft(world.config.retrieval().maxCandidates());
    }

    /** Fills {@code d} with session {@code index}: candidates, flags, probabilities and labels. */
    void generate(long index, SessionDraft d) {
        retrieve(index, d);
        model.probabilities(d.user, d.tracks, d.discovery, d.size, d.probability);
        SplittableRandom labels = Draws.stream(world.config.seed(), Draws.LABELS ^ streamKey, index);
        for (int i = 0; i < d.size; i++) {
            d.sat[i] = labels.nextDouble() < d.probability[i];
        }
    }

    /** Fills user, day, candidates in logged order and objective flags (no probabilities). */
    void retrieve(long index, SessionDraft d) {
        SplittableRandom rng = Draws.stream(world.config.seed(), streamKey, index);
        d.index = index;
        d.user = rng.nextInt(l.size());
        d.day = world.firstDay + rng.nextInt(world.config.calendar().sessionDays());
        d.size = shape.minCandidates() + rng.nextInt(shape.maxCandidates() - shape.minCandidates() + 1);
        double familiar = Draws.beta(rng, shape.familiarAlpha(), shape.familiarBeta());
        double emerging = Draws.beta(rng, shape.emergingAlpha(), shape.emergingBeta());
        for (int s = 0; s < d.size; s++) {
            int category = rng.nextDouble() < familiar ? FAMILIAR
                    : rng.nextDouble() < shape.similarShare() ? SIMILAR : NEW;
            boolean aimEmerging = rng.nextDouble() < emerging;
            d.tracks[s] = slot(d, s, category, aimEmerging, rng);
        }
        // the logged order is a uniform shuffle of the retrieved set
        for (int i = d.size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = d.tracks[i];
            d.tracks[i] = d.tracks[j];
            d.tracks[j] = t;
        }
        for (int i = 0; i < d.size; i++) {
            int track = d.tracks[i];
            int artist = c.trackArtist[track];
            d.discovery[i] = !l.heardArtist(d.user, artist);
            d.exposure[i] = c.isExposure(artist, d.day);
            d.boost[i] = c.isBoost(track, d.day);
        }
    }

    private int slot(SessionDraft d, int filled, int category, boolean aimEmerging, SplittableRandom rng) {
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            int artist = artist(d, category, aimEmerging, rng);
            int track = c.trackStart[artist] + rng.nextInt(c.trackStart[artist + 1] - c.trackStart[artist]);
            if (!d.contains(track, filled)) {
                return track;
            }
        }
        while (true) { // the artist pool is exhausted: any track not yet in the session
            int track = rng.nextInt(c.tracks());
            if (!d.contains(track, filled)) {
                return track;
            }
        }
    }

    private int artist(SessionDraft d, int category, boolean aimEmerging, SplittableRandom rng) {
        if (category == FAMILIAR) {
            int a = aimEmerging ? heardEmergingValid(d, rng) : -1;
            return a >= 0 ? a : familiar(d.user, rng);
        }
        if (category == SIMILAR) {
            int a = similar(d, aimEmerging, rng);
            if (a >= 0) {
                return a;
            }
        }
        int a = aimEmerging ? newEmerging(d, rng) : -1;
        return a >= 0 ? a : newPopular(d.user, rng);
    }

    private int familiar(int user, SplittableRandom rng) {
        int[] history = l.historyTrack[user];
        return c.trackArtist[history[rng.nextInt(history.length)]];
    }

    private int heardEmergingValid(SessionDraft d, SplittableRandom rng) {
        int chosen = -1;
        int seen = 0;
        for (int a : l.heardEmerging[d.user]) {
            if (c.isExposure(a, d.day) && rng.nextInt(++seen) == 0) {
                chosen = a;
            }
        }
        return chosen;
    }

    /** Taste-kernel resampling over unheard artists (emerging ones valid today when aimed at them). */
    private int similar(SessionDraft d, boolean aimEmerging, SplittableRandom rng) {
        if (aimEmerging && c.emergingArtists.length == 0) {
            return -1;
        }
        double total = 0;
        int offset = d.user * l.dim;
        for (int i = 0; i < proposals.length; i++) {
            int a = aimEmerging ? c.emergingArtists[rng.nextInt(c.emergingArtists.length)]
                    : c.artistByPopularity.draw(rng);
            proposals[i] = a;
            boolean eligible = !l.heardArtist(d.user, a) && (!aimEmerging || c.isExposure(a, d.day));
            if (eligible) {
                total += StrictMath.exp(shape.similarConcentration()
                        * c.artistCosine(l.taste, offset, l.tasteInvNorm[d.user], a));
            }
            weights[i] = total;
        }
        if (total <= 0) {
            return -1;
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < proposals.length; i++) {
            if (x < weights[i]) {
                return proposals[i];
            }
        }
        return proposals[proposals.length - 1];
    }

    private int newEmerging(SessionDraft d, SplittableRandom rng) {
        for (int attempt = 0; attempt < RETRIES && c.emergingArtists.length > 0; attempt++) {
            int a = c.emergingArtists[rng.nextInt(c.emergingArtists.length)];
            if (!l.heardArtist(d.user, a) && c.isExposure(a, d.day)) {
                return a;
            }
        }
        return -1;
    }

    private int newPopular(int user, SplittableRandom rng) {
        int a = c.artistByPopularity.draw(rng);
        for (int attempt = 0; attempt < 2 * RETRIES && l.heardArtist(user, a); attempt++) {
            a = c.artistByPopularity.draw(rng);
        }
        return a;
    }
}
