package org.mostra4j.domain.objective;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;

/** The (user, track, session date) pair an objective decides on; the artist is empty when unknown. */
public record ObjectiveQuery(UserId user, TrackId track, Optional<ArtistId> artist, LocalDate date) {
    public ObjectiveQuery {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(artist, "artist");
        Objects.requireNonNull(date, "date");
    }
}
