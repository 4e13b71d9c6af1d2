package org.mostra4j.adapters.simulation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The generated users: taste vectors, taste breadth (0 = specialist, 1 = generalist) and listening
 * histories before the session window. History arrays of one user are sorted by track index; heard
 * artists are sorted, so membership is a binary search.
 */
final class Listeners {
    final int dim;
    final float[] taste;
    final double[] tasteInvNorm;
    final double[] breadth;
    final double[] bias;
    final int[][] historyTrack;
    final int[][] historyPlays;
    final long[][] historyPlayedAt;
    final int[][] heardArtists;
    final int[][] heardEmerging;

    private Listeners(int users, int dim) {
        this.dim = dim;
        taste = new float[users * dim];
        tasteInvNorm = new double[users];
        breadth = new double[users];
        bias = new double[users];
        historyTrack = new int[users][];
        historyPlays = new int[users][];
        historyPlayedAt = new long[users][];
        heardArtists = new int[users][];
        heardEmerging = new int[users][];
    }

    int size() {
        return breadth.length;
    }

    boolean heardArtist(int user, int artist) {
        return Arrays.binarySearch(heardArtists[user], artist) >= 0;
    }

    boolean heardTrack(int user, int track) {
        return Arrays.binarySearch(historyTrack[user], track) >= 0;
    }

    static Listeners generate(SimulationConfig config, Catalogue catalogue) {
        Listeners l = new Listeners(config.sizes().users(), catalogue.dim);
        for (int u = 0; u < l.size(); u++) {
            l.generateUser(config, catalogue, u, Draws.stream(config.seed(), Draws.USERS, u));
        }
        return l;
    }

    private void generateUser(SimulationConfig config, Catalogue c, int u, SplittableRandom rng) {
        var shape = config.history();
        double scale = 1.0 / Math.sqrt(dim);
        for (int k = 0; k < dim; k++) {
            taste[u * dim + k] = (float) (Draws.gaussian(rng) * scale);
        }
        tasteInvNorm[u] = Catalogue.invNorm(taste, u * dim, dim);
        double b = rng.nextDouble();
        breadth[u] = b;
        bias[u] = Draws.gaussian(rng) * config.model().userBiasSd();
        double concentration = shape.specialistConcentration() * (1 - b) + shape.generalistConcentration() * b;
        double repeat = shape.specialistRepeat() * (1 - b) + shape.generalistRepeat() * b;
        int entries = shape.minTracks() + rng.nextInt(shape.maxTracks() - shape.minTracks() + 1);
        long[] packed = new long[entries];
        int[] plays = new int[entries];
        long[] playedAt = new long[entries];
        int[] artistOf = new int[entries];
        long startSecond = config.calendar().sessionStart().toEpochDay() * 86_400L;
        long span = config.calendar().historyDays() * 86_400L;
        double[] weights = new double[shape.proposals()];
        int[] proposals = new int[shape.proposals()];
        for (int e = 0; e < entries; e++) {
            int artist = e > 0 && rng.nextDouble() < repeat
                    ? artistOf[rng.nextInt(e)]
                    : tasteDraw(c, u, concentration, shape.emergingProposalShare(), rng, proposals, weights);
            artistOf[e] = artist;
            int track = c.trackStart[artist] + rng.nextInt(c.trackStart[artist + 1] - c.trackStart[artist]);
            packed[e] = ((long) track << 20) | e;
            plays[e] = 1 + Draws.geometric(rng, shape.meanExtraPlays());
            playedAt[e] = startSecond - span + (long) (rng.nextDouble() * span);
        }
        mergeHistory(c, u, packed, plays, playedAt);
    }

    /** Sampling-importance-resampling from the taste kernel exp(concentration * cos(user, artist)). */
    private int tasteDraw(Catalogue c, int u, double concentration, double emergingShare, SplittableRandom rng,
            int[] proposals, double[] weights) {
        double total = 0;
        for (int i = 0; i < proposals.length; i++) {
            int a = c.emergingArtists.length > 0 && rng.nextDouble() < emergingShare
                    ? c.emergingArtists[rng.nextInt(c.emergingArtists.length)]
                    : c.artistByPopularity.draw(rng);
            proposals[i] = a;
            total += StrictMath.exp(concentration * c.artistCosine(taste, u * dim, tasteInvNorm[u], a));
            weights[i] = total;
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < proposals.length; i++) {
            if (x < weights[i]) {
                return proposals[i];
            }
        }
        return proposals[proposals.length - 1];
    }

    /** Sorts entries by track (then draw order), merges repeats of a track (plays add, latest play kept). */
    private void mergeHistory(Catalogue c, int u, long[] packed, int[] plays, long[] playedAt) {
        Arrays.sort(packed);
        int[] tracks = new int[packed.length];
        int[] p = new int[packed.length];
        long[] at = new long[packed.length];
        int n = 0;
        for (long key : packed) {
            int track = (int) (key >>> 20);
            int e = (int) (key & 0xFFFFF);
            if (n > 0 && tracks[n - 1] == track) {
                p[n - 1] += plays[e];
                at[n - 1] = Math.max(at[n - 1], playedAt[e]);
            } else {
                tracks[n] = track;
                p[n] = plays[e];
                at[n] = playedAt[e];
                n++;
            }
        }
        historyTrack[u] = Arrays.copyOf(tracks, n);
        historyPlays[u] = Arrays.copyOf(p, n);
        historyPlayedAt[u] = Arrays.copyOf(at, n);
        int[] artists = new int[n];
        for (int i = 0; i < n; i++) {
            artists[i] = c.trackArtist[tracks[i]];
        }
        heardArtists[u] = Arrays.stream(artists).sorted().distinct().toArray();
        heardEmerging[u] = Arrays.stream(heardArtists[u]).filter(a -> c.emerging[a]).toArray();
    }
}
