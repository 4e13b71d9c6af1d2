package org.mostra4j.domain.objective;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;

/**
 * The facts handed to objective plugins for one session: the user's listening history before the
 * session, the emerging-artist list and the boost list. Plugins never fetch facts themselves.
 * Third-party plugins that need other facts (e.g. track embeddings) read them as typed extensions,
 * which the host application attaches.
 */
public final class ObjectiveFacts {
    private static final ObjectiveFacts NONE = builder().build();
    private final ListeningHistory history;
    private final DatedList<ArtistId> emergingArtists;
    private final DatedList<TrackId> boosts;
    private final Map<Class<?>, Object> extensions;

    private ObjectiveFacts(Builder b) {
        this.history = b.history;
        this.emergingArtists = b.emergingArtists;
        this.boosts = b.boosts;
        this.extensions = Map.copyOf(b.extensions);
    }

    /** No history, empty lists, no extensions. */
    public static ObjectiveFacts none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ListeningHistory history() {
        return history;
    }

    public DatedList<ArtistId> emergingArtists() {
        return emergingArtists;
    }

    public DatedList<TrackId> boosts() {
        return boosts;
    }

    public <T> Optional<T> extension(Class<T> type) {
        return Optional.ofNullable(type.cast(extensions.get(type)));
    }

    public Builder toBuilder() {
        Builder b = new Builder().history(history).emergingArtists(emergingArtists).boosts(boosts);
        b.extensions.putAll(extensions);
        return b;
    }

    /** Builder; everything defaults to empty. */
    public static final class Builder {
        private ListeningHistory history = ListeningHistory.empty();
        private DatedList<ArtistId> emergingArtists = DatedList.empty();
        private DatedList<TrackId> boosts = DatedList.empty();
        private final Map<Class<?>, Object> extensions = new HashMap<>();

        public Builder history(ListeningHistory value) {
            this.history = Objects.requireNonNull(value, "history");
            return this;
        }

        public Builder emergingArtists(DatedList<ArtistId> value) {
            this.emergingArtists = Objects.requireNonNull(value, "emergingArtists");
            return this;
        }

        public Builder boosts(DatedList<TrackId> value) {
            this.boosts = Objects.requireNonNull(value, "boosts");
            return this;
        }

        public <T> Builder extension(Class<T> type, T value) {
            extensions.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public ObjectiveFacts build() {
            return new ObjectiveFacts(this);
        }
    }
}
