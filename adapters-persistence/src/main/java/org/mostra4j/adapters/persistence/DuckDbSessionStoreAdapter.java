package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Streams sessions with their candidates on its own connection (so the sink may use the store meanwhile),
 * holding only the current chunk. Each session arrives as one row whose candidates are packed into one
 * string ({@code track US position US sat}, joined by RS; ids never contain those control characters, the
 * importers refuse them): one JDBC value per session instead of three per candidate, and no sort inside
 * the aggregate (positions are sorted here, per session).
 */
public final class DuckDbSessionStoreAdapter implements LoadSessionsPort {
    private static final char UNIT = 31;
    private static final char RECORD = 30;
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
        // a session not known to be in shuffle (MSSD's hist_user_behavior_is_shuffle false) has a non-random order
        String chosen = "SELECT session_id, user_id, date, context, coalesce(shuffle, true) AS shuffled FROM sessions"
                + " ORDER BY session_id"
                + (limit > 0 ? " LIMIT " + limit : "");
        String packed = "SELECT session_id, string_agg(track_id || chr(31) || logged_position || chr(31)"
                + " || coalesce(CAST(CAST(sat AS INTEGER) AS VARCHAR), ''), chr(30)) AS packed FROM candidates"
                + (limit > 0 ? " WHERE session_id IN (SELECT session_id FROM s)" : "") + " GROUP BY session_id";
        String sql = "WITH s AS (" + chosen + ") SELECT s.session_id, s.user_id, CAST(s.date AS VARCHAR), s.context, c.packed,"
                + " s.shuffled"
                + " FROM s LEFT JOIN (" + packed + ") c ON c.session_id = s.session_id ORDER BY s.session_id";
        long handed = 0;
        try (Connection c = store.duplicate(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            List<LoggedSession> chunk = new ArrayList<>(chunkSize);
            LocalDate lastDate = null;
            String lastDateText = "";
            while (r.next()) {
                String dateText = r.getString(3);
                if (!dateText.equals(lastDateText)) {
                    lastDate = LocalDate.parse(dateText);
                    lastDateText = dateText;
                }
                chunk.add(new LoggedSession(SessionId.of(r.getString(1)), UserId.of(r.getString(2)), lastDate,
                        r.getString(4), unpack(r.getString(5)), r.getBoolean(6)));
                if (chunk.size() == chunkSize) {
                    sink.accept(List.copyOf(chunk));
                    handed += chunk.size();
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                sink.accept(List.copyOf(chunk));
                handed += chunk.size();
            }
            return handed;
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read sessions: " + DuckDbStore.firstLine(e), e);
        }
    }

    static List<LoggedCandidate> unpack(String packed) {
        if (packed == null) {
            return List.of();
        }
        List<LoggedCandidate> out = new ArrayList<>();
        int start = 0;
        int n = packed.length();
        while (start <= n) {
            int end = packed.indexOf(RECORD, start);
            if (end < 0) {
                end = n;
            }
            int u1 = packed.indexOf(UNIT, start);
            int u2 = packed.indexOf(UNIT, u1 + 1);
            String track = packed.substring(start, u1);
            int position = Integer.parseInt(packed, u1 + 1, u2, 10);
            Optional<Boolean> sat = u2 + 1 == end ? Optional.empty() : Optional.of(packed.charAt(u2 + 1) == '1');
            out.add(new LoggedCandidate(TrackId.of(track), position, sat));
            start = end + 1;
        }
        out.sort(Comparator.comparingInt(LoggedCandidate::loggedPosition));
        return out;
    }
}
