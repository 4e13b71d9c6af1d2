package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.out.LoadListeningSentencesPort;
import org.mostra4j.application.port.out.PlayWindow;
import org.mostra4j.application.port.out.UserPlays;
import org.mostra4j.domain.catalog.TrackId;

/** The GS ports over a real DuckDB file: what a sentence is, per-user play sums and the window. */
class GsStorePortsTest {
    @TempDir
    Path tmp;
    DuckDbStore store;

    @BeforeEach
    void open() throws SQLException {
        store = DuckDbStore.open(StoreOptions.at(tmp.resolve("gs.duckdb")));
        try (Statement s = store.connection().createStatement()) {
            // inserted out of order on purpose: the adapters must sort
            s.execute("INSERT INTO sessions (session_id, user_id, date, context) VALUES ('s2', 'u1', DATE '2020-01-02', 'radio'),"
                    + " ('s1', 'u2', DATE '2020-01-01', 'radio'), ('s3', 'u1', DATE '2020-01-03', 'radio')");
            s.execute("INSERT INTO candidates (session_id, track_id, logged_position, sat) VALUES ('s2', 'tB', 3, true), ('s2', 'tA', 1, true), ('s2', 'tC', 2, false),"
                    + " ('s2', 'tD', 4, NULL), ('s1', 'tZ', 2, true), ('s1', 'tY', 1, true), ('s3', 'tA', 1, false)");
            s.execute("INSERT INTO history VALUES"
                    + " ('u2', 't9', TIMESTAMP '2020-03-01 10:00:00', 2),"
                    + " ('u1', 't5', TIMESTAMP '2020-02-01 10:00:00', 1),"
                    + " ('u1', 't3', TIMESTAMP '2020-01-01 10:00:00', 4),"
                    + " ('u1', 't4', TIMESTAMP '2020-01-01 10:00:00', 1),"
                    + " ('u1', 't3', TIMESTAMP '2020-02-20 10:00:00', 3),"
                    + " ('u3', 't1', TIMESTAMP '2019-01-01 10:00:00', 5)");
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<List<String>> pass() {
        List<List<String>> out = new ArrayList<>();
        try (LoadListeningSentencesPort.Cursor c = new DuckDbListeningSentencesAdapter(store).open()) {
            c.forEachRemaining(sentence -> out.add(sentence.stream().map(TrackId::value).toList()));
        }
        return out;
    }

    @Test
    void sentences_are_satisfied_candidates_in_logged_order_then_each_users_history_by_time() {
        assertEquals(List.of(
                List.of("tY", "tZ"),                    // s1: both satisfied, by position
                List.of("tA", "tB"),                    // s2: sat=0 and unlabelled left out
                // s3 has no satisfied candidate: no sentence
                List.of("t3", "t4", "t5", "t3"),        // u1 by played_at, the tie at 2020-01-01 by track id
                List.of("t9"),                          // u2
                List.of("t1")),                         // u3
                pass());
    }

    @Test
    void every_pass_yields_the_same_sentences_even_after_an_abandoned_one() {
        List<List<String>> first = pass();
        try (LoadListeningSentencesPort.Cursor c = new DuckDbListeningSentencesAdapter(store).open()) {
            c.next();
        }
        assertEquals(first, pass());
    }

    @Test
    void a_finished_cursor_says_so() {
        try (LoadListeningSentencesPort.Cursor c = new DuckDbListeningSentencesAdapter(store).open()) {
            c.forEachRemaining(s -> { });
            assertFalse(c.hasNext());
            assertThrows(NoSuchElementException.class, c::next);
        }
    }

    @Test
    void an_empty_store_has_no_sentences_and_no_users() {
        try (DuckDbStore empty = DuckDbStore.open(StoreOptions.at(tmp.resolve("empty.duckdb")));
                LoadListeningSentencesPort.Cursor c = new DuckDbListeningSentencesAdapter(empty).open()) {
            assertFalse(c.hasNext());
            assertEquals(0, new DuckDbUserPlaysAdapter(empty).stream(PlayWindow.ALL, u -> { }));
        }
    }

    private Map<String, Map<String, Long>> plays(PlayWindow window) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        List<String> order = new ArrayList<>();
        long n = new DuckDbUserPlaysAdapter(store).stream(window, (UserPlays u) -> {
            order.add(u.user().value());
            Map<String, Long> m = new TreeMap<>();
            u.plays().counts().forEach((t, c) -> m.put(t.value(), c));
            out.put(u.user().value(), m);
        });
        assertEquals(order.size(), n);
        List<String> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order, "users arrive in id order");
        return out;
    }

    @Test
    void plays_are_summed_per_user_and_track() {
        assertEquals(Map.of("u1", Map.of("t3", 7L, "t4", 1L, "t5", 1L), "u2", Map.of("t9", 2L), "u3", Map.of("t1", 5L)),
                plays(PlayWindow.ALL));
    }

    @Test
    void a_window_counts_back_from_the_latest_play_in_the_store_and_skips_users_without_plays_in_it() {
        // latest play: 2020-03-01 10:00; 30 days back: after 2020-01-31 10:00
        assertEquals(Map.of("u1", Map.of("t3", 3L, "t5", 1L), "u2", Map.of("t9", 2L)), plays(new PlayWindow(30)));
        assertEquals(Arrays.asList("u2"), new ArrayList<>(plays(new PlayWindow(1)).keySet()));
    }
}
