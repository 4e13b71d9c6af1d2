package org.mostra4j.adapters.simulation;

import java.util.SplittableRandom;

/** Draws the catalogue (artists and tracks) from the seed; see docs/simulator.md §Catalogue. */
final class CatalogueGenerator {
    final int dim;
    final int features;
    final float[] artistLatent;
    final double[] artistInvNorm;
    final double[] artistWeight;
    final boolean[] emerging;
    final int[] emergingFrom;
    final int[] emergingTo;
    int[] emergingArtists;
    final int[] trackStart;
    final int[] trackArtist;
    final float[] trackLatent;
    final double[] trackInvNorm;
    final double[] trackPopularity;
    final double[] trackAppeal;
    final float[] trackFeatures;
    final int[] duration;
    final int[] releaseYear;
    final boolean[] boosted;
    final int[] boostFrom;
    final int[] boostTo;
    private final double[] artistPopularity;
    private final double[] artistAppeal;

    private CatalogueGenerator(SimulationConfig config) {
        var sizes = config.sizes();
        dim = sizes.latentDim();
        features = sizes.features();
        int na = sizes.artists();
        int nt = sizes.tracks();
        artistLatent = new float[na * dim];
        artistInvNorm = new double[na];
        artistWeight = new double[na];
        artistPopularity = new double[na];
        artistAppeal = new double[na];
        emerging = new boolean[na];
        emergingFrom = new int[na];
        emergingTo = new int[na];
        trackStart = new int[na + 1];
        trackArtist = new int[nt];
        trackLatent = new float[nt * dim];
        trackInvNorm = new double[nt];
        trackPopularity = new double[nt];
        trackAppeal = new double[nt];
        trackFeatures = new float[nt * features];
        duration = new int[nt];
        releaseYear = new int[nt];
        boosted = new boolean[nt];
        boostFrom = new int[nt];
        boostTo = new int[nt];
    }

    static Catalogue generate(SimulationConfig config) {
        CatalogueGenerator g = new CatalogueGenerator(config);
        SplittableRandom rng = Draws.stream(config.seed(), Draws.CATALOGUE, 0);
        g.artists(config, rng);
        g.emergingList(config, rng);
        g.trackCounts(rng);
        g.tracks(config, rng);
        return new Catalogue(g);
    }

    private void artists(SimulationConfig config, SplittableRandom rng) {
        var shape = config.catalogue();
        int na = artistWeight.length;
        double scale = 1.0 / Math.sqrt(dim);
        for (int a = 0; a < na; a++) {
            for (int k = 0; k < dim; k++) {
                artistLatent[a * dim + k] = (float) (Draws.gaussian(rng) * scale);
            }
            artistInvNorm[a] = Catalogue.invNorm(artistLatent, a * dim, dim);
            int rank = a + 1;
            artistWeight[a] = StrictMath.pow(rank, -shape.popularityExponent());
            artistPopularity[a] = 1.0 - StrictMath.log(rank) / StrictMath.log(na + 1.0);
            artistAppeal[a] = Draws.gaussian(rng) * shape.artistAppealSd();
        }
    }

    /** Emerging artists: a share of all artists, drawn from the less popular half, each valid over one period. */
    private void emergingList(SimulationConfig config, SplittableRandom rng) {
        int na = artistWeight.length;
        int half = na / 2;
        int pool = na - half;
        int count = (int) Math.min(pool, Math.round(config.catalogue().emergingShare() * na));
        int[] candidates = new int[pool];
        for (int i = 0; i < pool; i++) {
            candidates[i] = half + i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(pool - i);
            int t = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(candidates, count);
        java.util.Arrays.sort(chosen);
        int start = (int) config.calendar().sessionStart().toEpochDay();
        int days = config.calendar().sessionDays();
        for (int a : chosen) {
            emerging[a] = true;
            emergingFrom[a] = start - rng.nextInt(181);
            emergingTo[a] = start + days / 2 + rng.nextInt(days - days / 2 + 181);
        }
        emergingArtists = chosen;
    }

    /** Every artist gets one track; the rest go to artists with probability ~ sqrt(popularity weight). */
    private void trackCounts(SplittableRandom rng) {
        int na = artistWeight.length;
        int nt = trackArtist.length;
        double[] w = new double[na];
        for (int a = 0; a < na; a++) {
            w[a] = Math.sqrt(artistWeight[a]);
        }
        AliasTable table = new AliasTable(w);
        int[] counts = new int[na];
        java.util.Arrays.fill(counts, 1);
        for (int i = na; i < nt; i++) {
            counts[table.draw(rng)]++;
        }
        for (int a = 0; a < na; a++) {
            trackStart[a + 1] = trackStart[a] + counts[a];
            java.util.Arrays.fill(trackArtist, trackStart[a], trackStart[a + 1], a);
        }
    }

    private void tracks(SimulationConfig config, SplittableRandom rng) {
        var shape = config.catalogue();
        int nt = trackArtist.length;
        double scale = 1.0 / Math.sqrt(dim);
        double[] projection = new double[features * dim];
        for (int i = 0; i < projection.length; i++) {
            projection[i] = Draws.gaussian(rng) * scale;
        }
        int start = (int) config.calendar().sessionStart().toEpochDay();
        int days = config.calendar().sessionDays();
        for (int t = 0; t < nt; t++) {
            int a = trackArtist[t];
            for (int k = 0; k < dim; k++) {
                trackLatent[t * dim + k] = (float) (artistLatent[a * dim + k]
                        + Draws.gaussian(rng) * shape.trackSpread() * scale);
            }
            trackInvNorm[t] = Catalogue.invNorm(trackLatent, t * dim, dim);
            double pop = artistPopularity[a] + Draws.gaussian(rng) * shape.trackPopularityNoise();
            // rounded to what the tracks file says, so readers see exactly what the model uses
            trackPopularity[t] = Math.round(Math.min(1.0, Math.max(0.0, pop)) * 1e4) / 1e4;
            trackAppeal[t] = artistAppeal[a] + Draws.gaussian(rng) * shape.trackAppealSd();
            for (int f = 0; f < features; f++) {
                double v = Draws.gaussian(rng) * shape.featureNoise();
                for (int k = 0; k < dim; k++) {
                    v += projection[f * dim + k] * trackLatent[t * dim + k];
                }
                trackFeatures[t * features + f] = (float) (Math.round(v * 1e5) / 1e5);
            }
            duration[t] = 120 + rng.nextInt(301);
            releaseYear[t] = 2025 - Math.min(60, Draws.geometric(rng, 8.0));
            if (rng.nextDouble() < shape.boostShare()) {
                boosted[t] = true;
                boostFrom[t] = start - 30 + rng.nextInt(days + 30);
                boostTo[t] = boostFrom[t] + 14 + rng.nextInt(61);
            }
        }
    }
}
