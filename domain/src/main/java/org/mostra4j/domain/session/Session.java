package org.mostra4j.domain.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.catalog.UserId;

/**
 * A session to be ordered: a user, the session date (objective lists are looked up as of this date) and
 * the candidate tracks in the order they arrived. Emptiness and duplicates are reported by the use case,
 * not thrown here, so that callers get every problem as a value.
 */
public record Session(SessionId id, UserId user, LocalDate date, List<Candidate> candidates) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(date, "date");
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    }
}
