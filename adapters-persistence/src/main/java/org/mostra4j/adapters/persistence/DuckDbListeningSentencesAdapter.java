package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.domain.catalog.TrackId;

/**
 * The word2vec corpus read from the store, streamed on its own connection. A sentence is the tracks one
 * listener chose to hear together, in the order heard:
 * <ol>
 *   <li>one per logged session: its candidates with {@code sat = 1} by {@code logged_position} (ties by
 *       track id), sessions in {@code session_id} order; skipped or unlabelled candidates are left out,
 *       since what the recommender offered says little about the listener's taste;</li>
 *   <li>then one per user's history: its rows by {@code played_at} (ties by track id), users in
 *       {@code user_id} order; a row counts once whatever its {@code plays}.</li>
 * </ol>
 * Why a user's whole history rather than one sentence per day: histories are sparse in time (a simulated
 * world of 1,000 users has 77,741 rows over 68,991 user-days, 1.13 tracks a day), so day sentences would
 * be almost all single tracks, which give skip-gram no context at all.
 * Every pass runs the same two queries, so it yields the same sentences in the same order. Each sentence
 * arrives as one packed string (track ids joined by an ASCII record separator, which the importers refuse
 * inside ids), so the JVM holds one sentence at a time; sentences with no track never appear.
 */
public final class DuckDbListeningSentencesAdapter implements LoadListeningSentencesPort {
    private static final char RECORD = 30;
    static final String SESSION_SENTENCES = "SELECT string_agg(track_id, chr(30) ORDER BY logged_position, track_id)"
            + " FROM candidates WHERE sat GROUP BY session_id ORDER BY session_id";
    static final String HISTORY_SENTENCES = "SELECT string_agg(track_id, chr(30) ORDER BY played_at, track_id)"
            + " FROM history GROUP BY user_id ORDER BY user_id";
    private final DuckDbStore store;

    @Inject
    public DuckDbListeningSentencesAdapter(DuckDbStore store) {
        this.store = store;
    }

    @Override
    public Cursor open() {
        return new SqlCursor(store, List.of(SESSION_SENTENCES, HISTORY_SENTENCES));
    }

    static List<TrackId> unpack(String packed) {
        List<TrackId> out = new ArrayList<>();
        int start = 0;
        int n = packed.length();
        while (start <= n) {
            int end = packed.indexOf(RECORD, start);
            if (end < 0) {
                end = n;
            }
            if (end > start) {
                out.add(TrackId.of(packed.substring(start, end)));
            }
            start = end + 1;
        }
        return List.copyOf(out);
    }

    /** Runs the queries one after another on a private connection, reading one row ahead. */
    private static final class SqlCursor implements Cursor {
        private final DuckDbStore store;
        private final List<String> queries;
        private final Connection connection;
        private int nextQuery;
        private Statement statement;
        private ResultSet rows;
        private List<TrackId> ahead;
        private boolean closed;

        SqlCursor(DuckDbStore store, List<String> queries) {
            this.store = store;
            this.queries = queries;
            this.connection = store.duplicate();
        }

        @Override
        public boolean hasNext() {
            if (ahead == null && !closed) {
                ahead = advance();
            }
            return ahead != null;
        }

        @Override
        public List<TrackId> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more sentences");
            }
            List<TrackId> sentence = ahead;
            ahead = null;
            return sentence;
        }

        private List<TrackId> advance() {
            try {
                while (true) {
                    if (rows != null && rows.next()) {
                        String packed = rows.getString(1);
                        if (packed != null && !packed.isEmpty()) {
                            return unpack(packed);
                        }
                        continue;
                    }
                    closeQuery();
                    if (nextQuery == queries.size()) {
                        return null;
                    }
                    statement = connection.createStatement();
                    rows = statement.executeQuery(queries.get(nextQuery++));
                }
            } catch (SQLException e) {
                close();
                throw new StoreException(store.path() + ": cannot read listening sentences: "
                        + DuckDbStore.firstLine(e), e);
            }
        }

        private void closeQuery() throws SQLException {
            if (rows != null) {
                rows.close();
                rows = null;
            }
            if (statement != null) {
                statement.close();
                statement = null;
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                closeQuery();
            } catch (SQLException ignored) {
                // the connection is closed below either way
            }
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException(store.path() + ": cannot close a sentence cursor: " + DuckDbStore.firstLine(e), e);
            }
        }
    }
}
