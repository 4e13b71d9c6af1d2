package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/**
 * Read-only look-ups of logged sessions, for people picking one to try a policy on (the service's explorer page).
 * Never writes. Left: why the sessions cannot be read now (no store, or the store is held by a writer).
 */
public interface BrowseSessionsPort {
    /** Most sessions one search returns. */
    int MAX_RESULTS = 100;

    /**
     * Sessions whose id or user id starts with {@code query} (all sessions when it is blank), ordered by session id,
     * at most {@code limit} (1..{@link #MAX_RESULTS}).
     */
    Either<String, List<SessionSummary>> find(String query, int limit);

    /** One session with its candidates in logged order; none when no session has that id. */
    Either<String, Option<LoggedSession>> get(SessionId id);

    /** One search hit: enough to choose, without the candidates. */
    record SessionSummary(SessionId id, UserId user, LocalDate date, String context, int candidates) {
        public SessionSummary {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(context, "context");
            if (candidates < 0) {
                throw new IllegalArgumentException("candidates must be >= 0, was " + candidates);
            }
        }
    }

    /** No store configured: every call says so. */
    BrowseSessionsPort NONE = new BrowseSessionsPort() {
        private static final String WHY = "no store: start the service with --db FILE to browse logged sessions";

        @Override
        public Either<String, List<SessionSummary>> find(String query, int limit) {
            return Either.left(WHY);
        }

        @Override
        public Either<String, Option<LoggedSession>> get(SessionId id) {
            return Either.left(WHY);
        }
    };
}
