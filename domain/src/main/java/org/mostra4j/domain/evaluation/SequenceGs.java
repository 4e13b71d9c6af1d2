package org.mostra4j.domain.evaluation;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.mostra4j.domain.diversity.GsScore;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.PlayCounts;
import org.mostra4j.domain.diversity.TrackVectors;

/**
 * The diversity of a served order: the Generalist–Specialist score of its top k tracks, each position
 * weighing 1 ({@link PlayCounts#ofSequence}) under {@link MinimumActivity#SEQUENCE}. Tracks without an
 * embedding are left out; too few embedded tracks (or a centre without direction) give no score, never NaN.
 */
public final class SequenceGs {
    private final TrackVectors vectors;
    private final int k;

    public SequenceGs(TrackVectors vectors, int k) {
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        this.k = k;
    }

    /** GS of the first min(k, n) served tracks; empty when they cannot be scored. */
    public Optional<GsScore> of(EvaluationSession session, int[] order) {
        int m = Math.min(k, order.length);
        int[] top = Arrays.copyOf(order, m);
        return PlayCounts.ofSequence(session.tracks(top)).gs(vectors, MinimumActivity.SEQUENCE);
    }
}
