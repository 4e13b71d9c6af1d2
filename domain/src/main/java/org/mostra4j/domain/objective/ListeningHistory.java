package org.mostra4j.domain.objective;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;

/** What one user streamed before a session: play counts per track and per artist. */
public final class ListeningHistory {
    private static final ListeningHistory EMPTY = new ListeningHistory(Map.of(), Map.of());
    private final Map<TrackId, Long> trackPlays;
    private final Map<ArtistId, Long> artistPlays;

    private ListeningHistory(Map<TrackId, Long> trackPlays, Map<ArtistId, Long> artistPlays) {
        this.trackPlays = trackPlays;
        this.artistPlays = artistPlays;
    }

    public static ListeningHistory empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean hasStreamed(TrackId track) {
        return trackPlays.containsKey(track);
    }

    public boolean hasStreamed(ArtistId artist) {
        return artistPlays.containsKey(artist);
    }

    public long plays(TrackId track) {
        return trackPlays.getOrDefault(track, 0L);
    }

    public long plays(ArtistId artist) {
        return artistPlays.getOrDefault(artist, 0L);
    }

    public Map<TrackId, Long> trackPlays() {
        return trackPlays;
    }

    public int distinctTracks() {
        return trackPlays.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListeningHistory h && trackPlays.equals(h.trackPlays) && artistPlays.equals(h.artistPlays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trackPlays, artistPlays);
    }

    /** Adds streams; plays must be positive. The artist may be null when unknown. */
    public static final class Builder {
        private final Map<TrackId, Long> trackPlays = new HashMap<>();
        private final Map<ArtistId, Long> artistPlays = new HashMap<>();

        public Builder add(TrackId track, ArtistId artist, long plays) {
            Objects.requireNonNull(track, "track");
            if (plays <= 0) {
                throw new IllegalArgumentException("plays must be > 0, was " + plays + " for track " + track);
            }
            trackPlays.merge(track, plays, Long::sum);
            if (artist != null) {
                artistPlays.merge(artist, plays, Long::sum);
            }
            return this;
        }

        public ListeningHistory build() {
            return new ListeningHistory(Map.copyOf(trackPlays), Map.copyOf(artistPlays));
        }
    }
}
