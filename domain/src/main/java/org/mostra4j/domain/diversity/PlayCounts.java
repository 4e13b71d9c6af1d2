package org.mostra4j.domain.diversity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mostra4j.domain.catalog.TrackId;

/**
 * How often each track was streamed: a listener's plays over a window, or a produced sequence with
 * weight 1 per position ({@link #ofSequence}). Held sorted by track id, so every sum over it runs in one
 * order and the score does not depend on the order in which plays arrived.
 */
public record PlayCounts(SortedMap<TrackId, Long> counts) {
    public PlayCounts {
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        counts.forEach((track, plays) -> {
            if (plays == null || plays <= 0) {
                throw new IllegalArgumentException("plays of track " + track + " must be > 0, was " + plays);
            }
        });
    }

    public static PlayCounts of(Map<TrackId, Long> counts) {
        return new PlayCounts(counts instanceof SortedMap<TrackId, Long> sorted ? sorted : new TreeMap<>(counts));
    }

    /** A produced order: each position weighs 1 (a repeated track adds up). */
    public static PlayCounts ofSequence(List<TrackId> tracks) {
        SortedMap<TrackId, Long> counts = new TreeMap<>();
        tracks.forEach(t -> counts.merge(t, 1L, Long::sum));
        return new PlayCounts(counts);
    }

    /** The in-vocabulary plays as weighted directions, in track-id order (out-of-vocabulary tracks are dropped). */
    public List<WeightedVector> weighted(TrackVectors vectors) {
        List<WeightedVector> out = new ArrayList<>(counts.size());
        counts.forEach((track, plays) -> vectors.direction(track)
                .ifPresent(u -> out.add(new WeightedVector(u, plays))));
        return out;
    }

    /**
     * GS over the in-vocabulary plays, when they pass {@code rule}; empty when they do not or when the
     * centre has no direction. Never NaN.
     */
    public Optional<GsScore> gs(TrackVectors vectors, MinimumActivity rule) {
        return admitted(vectors, rule).flatMap(GsScore::of);
    }

    /** The listener's centre and GS (what the "broaden" objective reads), under {@code rule}. */
    public Optional<TasteProfile> profile(TrackVectors vectors, MinimumActivity rule) {
        return admitted(vectors, rule).flatMap(items -> GsScore.centre(items)
                .flatMap(centre -> GsScore.of(items).map(score -> new TasteProfile(centre, score, vectors))));
    }

    /** The in-vocabulary plays as weighted directions when they pass {@code rule}, else empty. */
    public Optional<List<WeightedVector>> admitted(TrackVectors vectors, MinimumActivity rule) {
        List<WeightedVector> items = weighted(vectors);
        double streams = items.stream().mapToDouble(WeightedVector::weight).sum();
        return rule.admits(items.size(), streams) ? Optional.of(items) : Optional.empty();
    }
}
