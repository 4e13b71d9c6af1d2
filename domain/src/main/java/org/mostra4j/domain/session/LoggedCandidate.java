package org.mostra4j.domain.session;

import java.util.Objects;
import java.util.Optional;
import org.mostra4j.domain.catalog.TrackId;

/**
 * A candidate as logged: its position in the logged order (1-based) and its SAT label when known
 * (true = listened to the end).
 */
public record LoggedCandidate(TrackId track, int loggedPosition, Optional<Boolean> sat) {
    public LoggedCandidate {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(sat, "sat");
        if (loggedPosition < 1) {
            throw new IllegalArgumentException("logged_position must be >= 1, was " + loggedPosition + " for " + track);
        }
    }
}
