package org.mostra4j.domain.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.catalog.UserId;

/**
 * A logged session: who, when, in which context, and its candidates in logged order.
 *
 * <p>{@code positionsRandom}: whether the logged order is independent of the tracks (a uniform shuffle: the
 * simulator's logs, MSSD's shuffle-play sessions), so that what happened at a position says how listeners react to
 * order rather than how a recommender ordered. Logs that do not say are taken as shuffled (the default).
 */
public record LoggedSession(SessionId id, UserId user, LocalDate date, String context, List<LoggedCandidate> candidates,
        boolean positionsRandom) {
    public LoggedSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(context, "context");
        candidates = List.copyOf(candidates);
    }

    /** A session whose logged order is taken as shuffled. */
    public LoggedSession(SessionId id, UserId user, LocalDate date, String context, List<LoggedCandidate> candidates) {
        this(id, user, date, context, candidates, true);
    }
}
