package org.mostra4j.domain.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.catalog.UserId;

/** A logged session: who, when, in which context, and its candidates in logged order. */
public record LoggedSession(SessionId id, UserId user, LocalDate date, String context, List<LoggedCandidate> candidates) {
    public LoggedSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(context, "context");
        candidates = List.copyOf(candidates);
    }
}
