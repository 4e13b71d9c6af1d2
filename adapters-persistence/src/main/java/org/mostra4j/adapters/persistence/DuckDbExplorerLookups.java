package org.mostra4j.adapters.persistence;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mostra4j.application.port.out.BrowseSessionsPort;
import org.mostra4j.application.port.out.ReadTradeOffRunsPort;
import org.mostra4j.application.port.out.SaveEvaluationRunPort.EvaluationRun;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/**
 * The service's explorer page's look-ups in a store file: logged sessions, and the newest frontier or tuning run. Each call opens the file read-only,
 * runs one query and closes it again, so the service holds no lock between look-ups (like the facts snapshot,
 * docs/service.md): batch jobs may write the file meanwhile, and a look-up while a writer holds it is answered
 * with the reason instead. Sessions are not kept in memory: a store may hold millions of candidates.
 */
public final class DuckDbExplorerLookups implements BrowseSessionsPort, ReadTradeOffRunsPort {
    private final StoreOptions options;

    public DuckDbExplorerLookups(StoreOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Either<String, List<SessionSummary>> find(String query, int limit) {
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_RESULTS + ", was " + limit);
        }
        String prefix = query == null ? "" : query.strip();
        // the limit applies before candidates are counted, so a search costs one pass over the sessions table
        // and a hash join restricted to the hits
        String sql = "WITH s AS (SELECT session_id, user_id, date, context FROM sessions"
                + " WHERE starts_with(session_id, ?) OR starts_with(user_id, ?) ORDER BY session_id LIMIT ?)"
                + " SELECT s.session_id, s.user_id, CAST(s.date AS VARCHAR), s.context, coalesce(c.n, 0) FROM s"
                + " LEFT JOIN (SELECT session_id, count(*) AS n FROM candidates"
                + " WHERE session_id IN (SELECT session_id FROM s) GROUP BY session_id) c ON c.session_id = s.session_id"
                + " ORDER BY s.session_id";
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, prefix);
                st.setString(2, prefix);
                st.setInt(3, limit);
                List<SessionSummary> hits = new ArrayList<>();
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        hits.add(new SessionSummary(SessionId.of(r.getString(1)), UserId.of(r.getString(2)),
                                LocalDate.parse(r.getString(3)), r.getString(4), r.getInt(5)));
                    }
                }
                return List.copyOf(hits);
            }
        });
    }

    @Override
    public Either<String, Option<LoggedSession>> get(SessionId id) {
        Objects.requireNonNull(id, "id");
        return read(c -> {
            String[] row = null;
            // results stream (jdbc_stream_results): the session row is read and closed before the candidates query
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT user_id, CAST(date AS VARCHAR), context FROM sessions WHERE session_id = ?")) {
                st.setString(1, id.value());
                try (ResultSet r = st.executeQuery()) {
                    if (r.next()) {
                        row = new String[] {r.getString(1), r.getString(2), r.getString(3)};
                    }
                }
            }
            if (row == null) {
                return Option.<LoggedSession>none();
            }
            return Option.of(new LoggedSession(id, UserId.of(row[0]), LocalDate.parse(row[1]), row[2], candidates(c, id)));
        });
    }

    @Override
    public Either<String, Option<EvaluationRun>> latest() {
        String newest = "SELECT run_id FROM evaluation_runs WHERE " + String.join(" OR ", PREFIXES.stream()
                .map(p -> "starts_with(run_id, '" + p + "')").toList()) + " ORDER BY created_at DESC, run_id DESC LIMIT 1";
        return read(c -> {
            String runId = null;
            try (PreparedStatement st = c.prepareStatement(newest); ResultSet r = st.executeQuery()) {
                if (r.next()) {
                    runId = r.getString(1);
                }
            }
            if (runId == null) {
                return Option.<EvaluationRun>none();
            }
            java.time.Instant created = null;
            String description = "";
            java.util.Map<String, Double> metrics = new java.util.LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT created_at, description, metric, value"
                    + " FROM evaluation_runs WHERE run_id = ? ORDER BY metric")) {
                st.setString(1, runId);
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        created = r.getTimestamp(1).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
                        description = r.getString(2);
                        metrics.put(r.getString(3), r.getDouble(4));
                    }
                }
            }
            return Option.of(new EvaluationRun(runId, created, description, metrics));
        });
    }

    private static List<LoggedCandidate> candidates(Connection c, SessionId id) throws SQLException {
        List<LoggedCandidate> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT track_id, logged_position, CAST(sat AS INTEGER)"
                + " FROM candidates WHERE session_id = ? ORDER BY logged_position")) {
            st.setString(1, id.value());
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    int sat = r.getInt(3);
                    Optional<Boolean> label = r.wasNull() ? Optional.empty() : Optional.of(sat == 1);
                    out.add(new LoggedCandidate(TrackId.of(r.getString(1)), r.getInt(2), label));
                }
            }
        }
        return out;
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> Either<String, T> read(Query<T> query) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(options)) {
            return Either.right(query.run(store.connection()));
        } catch (StoreException e) {
            return Either.left(e.getMessage());
        } catch (SQLException e) {
            return Either.left(options.path() + ": cannot read sessions: " + DuckDbStore.firstLine(e));
        }
    }
}
