package org.mostra4j.domain.session;

import java.util.Objects;
import java.util.Set;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.ObjectiveSet;

/**
 * One position of a produced sequence.
 *
 * @param position 1-based position
 * @param track    the track placed here
 * @param relevance its predicted satisfaction
 * @param gain     its marginal objective gain Δg given the tracks placed before it (undiscounted)
 * @param objectives the objectives it serves
 * @param score    the cumulative (discounted) sequence score up to and including this position
 */
public record Placement(int position, TrackId track, double relevance, double gain, Set<ObjectiveId> objectives,
        double score) {
    public Placement {
        if (position < 1) {
            throw new IllegalArgumentException("position must be >= 1, was " + position);
        }
        Objects.requireNonNull(track, "track");
        if (!Relevance.isValid(relevance)) {
            throw new IllegalArgumentException("relevance must be in [0,1], was " + relevance);
        }
        if (!Double.isFinite(gain)) {
            throw new IllegalArgumentException("gain must be finite, was " + gain);
        }
        objectives = ObjectiveSet.copyOf(objectives);
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, was " + score);
        }
    }
}
