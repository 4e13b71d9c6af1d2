package org.mostra4j.domain.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue track. The artist may be unknown (some public logs carry no artist ids); objectives
 * that need the artist then decide on the track alone.
 *
 * @param popularity in [0,1]
 * @param features   content features, possibly none
 */
public record Track(TrackId id, Optional<ArtistId> artist, double popularity, ContentFeatures features) {
    public Track {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(features, "features");
        if (!Double.isFinite(popularity) || popularity < 0 || popularity > 1) {
            throw new IllegalArgumentException("popularity must be in [0,1], was " + popularity + " for track " + id);
        }
    }

    public static Track of(TrackId id, ArtistId artist) {
        return new Track(id, Optional.of(artist), 0.0, ContentFeatures.none());
    }
}
