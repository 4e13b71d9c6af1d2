package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/**
 * Streams sessions with their candidates from one ordered, streamed join (its own connection, so that the
 * sink may use the store meanwhile). Only the current chunk is held in memory.
 */
public final class DuckDbSessionStoreAdapter implements LoadSessionsPort {
    private final DuckDbStore store;

    @Inject
    public DuckDbSessionStoreAdapter(DuckDbStore store) {
        this.store = store;
    }

    @Override
    public long stream(long limit, int chunkSize, Consumer<List<LoggedSession>> sink) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
        }
        String sessions = "SELECT * FROM sessions ORDER BY session_id" + (limit > 0 ? " LIMIT " + limit : "");
        String sql = "SELECT s.session_id, s.user_id, s.date, s.context, c.track_id, c.logged_position, c.sat FROM ("
                + sessions + ") s LEFT JOIN candidates c ON c.session_id = s.session_id"
                + " ORDER BY s.session_id, c.logged_position";
        long handed = 0;
        try (Connection c = store.duplicate(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            List<LoggedSession> chunk = new ArrayList<>(chunkSize);
            Open open = null;
            while (r.next()) {
                String id = r.getString(1);
                if (open == null || !open.id.equals(id)) {
                    if (open != null) {
                        chunk.add(open.close());
                        if (chunk.size() == chunkSize) {
                            handed += hand(sink, chunk);
                            chunk = new ArrayList<>(chunkSize);
                        }
                    }
                    open = new Open(id, r.getString(2), r.getObject(3, LocalDate.class), r.getString(4));
                }
                String track = r.getString(5);
                if (track != null) {
                    boolean sat = r.getBoolean(7);
                    Optional<Boolean> label = r.wasNull() ? Optional.empty() : Optional.of(sat);
                    open.candidates.add(new LoggedCandidate(TrackId.of(track), r.getInt(6), label));
                }
            }
            if (open != null) {
                chunk.add(open.close());
            }
            if (!chunk.isEmpty()) {
                handed += hand(sink, chunk);
            }
            return handed;
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read sessions: " + DuckDbStore.firstLine(e), e);
        }
    }

    private static long hand(Consumer<List<LoggedSession>> sink, List<LoggedSession> chunk) {
        sink.accept(List.copyOf(chunk));
        return chunk.size();
    }

    /** The session being assembled from consecutive rows. */
    private static final class Open {
        final String id;
        final String user;
        final LocalDate date;
        final String context;
        final List<LoggedCandidate> candidates = new ArrayList<>();

        Open(String id, String user, LocalDate date, String context) {
            this.id = id;
            this.user = user;
            this.date = date;
            this.context = context;
        }

        LoggedSession close() {
            return new LoggedSession(SessionId.of(id), UserId.of(user), date, context, candidates);
        }
    }
}
