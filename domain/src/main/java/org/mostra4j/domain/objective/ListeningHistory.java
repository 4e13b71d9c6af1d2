package org.mostra4j.domain.objective;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ObjLongConsumer;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;

/**
 * What one user streamed before a session: play counts per track and per artist. Held either as two maps (the
 * {@link Builder}) or as a {@link Source} that answers from the caller's own storage (the service's snapshot answers
 * from arrays it already holds, so a request builds no maps); both answer alike, and equality compares the counts.
 */
public final class ListeningHistory {
    private static final ListeningHistory EMPTY = new ListeningHistory(Map.of(), Map.of());
    private final Source source;
    /** The per-track counts as a map, built on first use when the history comes from a {@link Source}. */
    private volatile Map<TrackId, Long> trackPlays;
    private volatile Map<ArtistId, Long> artistPlays;

    private ListeningHistory(Map<TrackId, Long> trackPlays, Map<ArtistId, Long> artistPlays) {
        this.trackPlays = trackPlays;
        this.artistPlays = artistPlays;
        this.source = new MapSource(trackPlays, artistPlays);
    }

    private ListeningHistory(Source source) {
        this.source = source;
    }

    public static ListeningHistory empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A history answered by {@code source}, which must not change while the history is in use. */
    public static ListeningHistory of(Source source) {
        return new ListeningHistory(Objects.requireNonNull(source, "source"));
    }

    public boolean hasStreamed(TrackId track) {
        return source.plays(track) > 0;
    }

    public boolean hasStreamed(ArtistId artist) {
        return source.plays(artist) > 0;
    }

    public long plays(TrackId track) {
        return source.plays(track);
    }

    public long plays(ArtistId artist) {
        return source.plays(artist);
    }

    /** Plays over all tracks. */
    public long totalPlays() {
        return source.totalPlays();
    }

    public Map<TrackId, Long> trackPlays() {
        Map<TrackId, Long> m = trackPlays;
        if (m == null) {
            Map<TrackId, Long> built = new HashMap<>();
            source.forEachTrack((t, p) -> built.merge(t, p, Long::sum));
            m = Map.copyOf(built);
            trackPlays = m;
        }
        return m;
    }

    private Map<ArtistId, Long> artistPlays() {
        Map<ArtistId, Long> m = artistPlays;
        if (m == null) {
            Map<ArtistId, Long> built = new HashMap<>();
            source.forEachArtist((a, p) -> built.merge(a, p, Long::sum));
            m = Map.copyOf(built);
            artistPlays = m;
        }
        return m;
    }

    public int distinctTracks() {
        return source.distinctTracks();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListeningHistory h && trackPlays().equals(h.trackPlays()) && artistPlays().equals(h.artistPlays());
    }

    @Override
    public int hashCode() {
        return Objects.hash(trackPlays(), artistPlays());
    }

    /**
     * Play counts read from storage the caller holds. Counts are sums of positive plays, so a count of 0 means
     * "never streamed".
     */
    public interface Source {
        long plays(TrackId track);

        long plays(ArtistId artist);

        long totalPlays();

        int distinctTracks();

        /** Every (track, plays) entry; a track may come more than once, its counts then add up. */
        void forEachTrack(ObjLongConsumer<TrackId> sink);

        /** Every (artist, plays) entry; an artist may come more than once, its counts then add up. */
        void forEachArtist(ObjLongConsumer<ArtistId> sink);
    }

    private record MapSource(Map<TrackId, Long> tracks, Map<ArtistId, Long> artists) implements Source {
        @Override
        public long plays(TrackId track) {
            return tracks.getOrDefault(track, 0L);
        }

        @Override
        public long plays(ArtistId artist) {
            return artists.getOrDefault(artist, 0L);
        }

        @Override
        public long totalPlays() {
            long total = 0;
            for (long p : tracks.values()) {
                total += p;
            }
            return total;
        }

        @Override
        public int distinctTracks() {
            return tracks.size();
        }

        @Override
        public void forEachTrack(ObjLongConsumer<TrackId> sink) {
            tracks.forEach(sink::accept);
        }

        @Override
        public void forEachArtist(ObjLongConsumer<ArtistId> sink) {
            artists.forEach(sink::accept);
        }
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
