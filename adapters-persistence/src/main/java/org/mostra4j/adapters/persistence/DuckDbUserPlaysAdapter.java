package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.mostra4j.application.port.out.LoadUserPlaysPort;
import org.mostra4j.application.port.out.PlayWindow;
import org.mostra4j.application.port.out.UserPlays;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.PlayCounts;

/**
 * Per-user play counts from {@code history}, summed per track by DuckDB and streamed on a private
 * connection sorted by user then track, so the JVM holds one user at a time. A window of N days keeps the
 * rows with {@code played_at > latest - N days}, where latest is the store's latest {@code played_at}.
 * Rows with {@code plays <= 0} add nothing (a track whose sum is not positive is left out).
 */
public final class DuckDbUserPlaysAdapter implements LoadUserPlaysPort {
    private final DuckDbStore store;

    @Inject
    public DuckDbUserPlaysAdapter(DuckDbStore store) {
        this.store = store;
    }

    static String query(PlayWindow window) {
        String where = window.isAll() ? ""
                : " WHERE played_at > (SELECT max(played_at) FROM history) - INTERVAL " + window.days() + " DAY";
        return "SELECT user_id, track_id, CAST(sum(plays) AS BIGINT) AS n FROM history" + where
                + " GROUP BY user_id, track_id HAVING sum(plays) > 0 ORDER BY user_id, track_id";
    }

    @Override
    public long stream(PlayWindow window, Consumer<UserPlays> sink) {
        long users = 0;
        try (Connection c = store.duplicate(); Statement st = c.createStatement();
                ResultSet r = st.executeQuery(query(window))) {
            String current = null;
            TreeMap<TrackId, Long> counts = new TreeMap<>();
            while (r.next()) {
                String user = r.getString(1);
                if (!user.equals(current)) {
                    if (current != null) {
                        sink.accept(new UserPlays(UserId.of(current), PlayCounts.of(counts)));
                        users++;
                        counts = new TreeMap<>();
                    }
                    current = user;
                }
                counts.put(TrackId.of(r.getString(2)), r.getLong(3));
            }
            if (current != null) {
                sink.accept(new UserPlays(UserId.of(current), PlayCounts.of(counts)));
                users++;
            }
            return users;
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read play counts: " + DuckDbStore.firstLine(e), e);
        }
    }
}
