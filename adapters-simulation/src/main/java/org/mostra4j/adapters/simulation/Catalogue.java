package org.mostra4j.adapters.simulation;

/**
 * The generated catalogue, held as flat arrays for speed (one row per artist or track index). Artist
 * index 0 is the most popular. Tracks of one artist are contiguous: artist a owns
 * [trackStart[a], trackStart[a+1]). Dates are epoch days. Package-private: read through the world.
 */
final class Catalogue {
    final int dim;
    final int features;
    // artists
    final float[] artistLatent;
    final double[] artistInvNorm;
    final double[] artistWeight;
    final boolean[] emerging;
    final int[] emergingFrom;
    final int[] emergingTo;
    final int[] emergingArtists;
    final int[] trackStart;
    final AliasTable artistByPopularity;
    // tracks
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

    Catalogue(CatalogueGenerator g) {
        dim = g.dim;
        features = g.features;
        artistLatent = g.artistLatent;
        artistInvNorm = g.artistInvNorm;
        artistWeight = g.artistWeight;
        emerging = g.emerging;
        emergingFrom = g.emergingFrom;
        emergingTo = g.emergingTo;
        emergingArtists = g.emergingArtists;
        trackStart = g.trackStart;
        artistByPopularity = new AliasTable(g.artistWeight);
        trackArtist = g.trackArtist;
        trackLatent = g.trackLatent;
        trackInvNorm = g.trackInvNorm;
        trackPopularity = g.trackPopularity;
        trackAppeal = g.trackAppeal;
        trackFeatures = g.trackFeatures;
        duration = g.duration;
        releaseYear = g.releaseYear;
        boosted = g.boosted;
        boostFrom = g.boostFrom;
        boostTo = g.boostTo;
    }

    int artists() {
        return artistWeight.length;
    }

    int tracks() {
        return trackArtist.length;
    }

    boolean isExposure(int artist, int day) {
        return emerging[artist] && day >= emergingFrom[artist] && day <= emergingTo[artist];
    }

    boolean isBoost(int track, int day) {
        return boosted[track] && day >= boostFrom[track] && day <= boostTo[track];
    }

    /** Cosine between a taste vector (with its inverse norm) and an artist's position. */
    double artistCosine(float[] taste, int offset, double invNorm, int artist) {
        return dot(taste, offset, artistLatent, artist * dim, dim) * invNorm * artistInvNorm[artist];
    }

    /** Cosine between a taste vector (with its inverse norm) and a track's position. */
    double trackCosine(float[] taste, int offset, double invNorm, int track) {
        return dot(taste, offset, trackLatent, track * dim, dim) * invNorm * trackInvNorm[track];
    }

    static double dot(float[] a, int ao, float[] b, int bo, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (double) a[ao + i] * b[bo + i];
        }
        return s;
    }

    static double invNorm(float[] v, int offset, int n) {
        double s = dot(v, offset, v, offset, n);
        return s > 0 ? 1.0 / Math.sqrt(s) : 0.0;
    }
}
