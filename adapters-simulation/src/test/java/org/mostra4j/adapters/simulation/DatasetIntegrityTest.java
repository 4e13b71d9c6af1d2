package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything written refers to something written, in the canonical layout. */
class DatasetIntegrityTest {
    @TempDir
    static Path dir;
    static SimulationConfig config = SmallWorlds.tiny(3, 600);
    static SimulationSummary summary;

    @BeforeAll
    static void write() {
        summary = Simulator.writeCsv(config, dir, n -> { }).get();
    }

    static List<String[]> rows(String table, String... header) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(table));
        assertEquals(String.join(",", header), lines.get(0), table + " header");
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    static Set<String> ids(List<String[]> rows) {
        Set<String> ids = new HashSet<>();
        for (String[] r : rows) {
            assertTrue(ids.add(r[0]), "duplicate id " + r[0]);
        }
        return ids;
    }

    @Test
    void catalogueUsersAndListsReferToKnownIds() throws IOException {
        Set<String> artists = ids(rows("artists.csv", "artist_id", "name"));
        List<String[]> tracks = rows("tracks.csv", "track_id", "artist_id", "duration_s", "release_year", "popularity",
                "f_0", "f_1", "f_2", "f_3");
        Set<String> trackIds = ids(tracks);
        assertEquals(config.sizes().artists(), artists.size());
        assertEquals(config.sizes().tracks(), trackIds.size());
        for (String[] t : tracks) {
            assertTrue(artists.contains(t[1]), "track " + t[0] + " has unknown artist " + t[1]);
            double pop = Double.parseDouble(t[4]);
            assertTrue(pop >= 0 && pop <= 1, "popularity " + pop);
        }
        for (String[] e : rows("emerging_artists.csv", "artist_id", "valid_from", "valid_to")) {
            assertTrue(artists.contains(e[0]), "emerging artist " + e[0]);
            assertFalse(LocalDate.parse(e[2]).isBefore(LocalDate.parse(e[1])), "validity " + String.join(",", e));
        }
        List<String[]> boosts = rows("boosts.csv", "track_id", "valid_from", "valid_to");
        assertFalse(boosts.isEmpty());
        for (String[] b : boosts) {
            assertTrue(trackIds.contains(b[0]), "boosted track " + b[0]);
            assertFalse(LocalDate.parse(b[2]).isBefore(LocalDate.parse(b[1])), "validity " + String.join(",", b));
        }
        Set<String> users = ids(rows("users.csv", "user_id"));
        assertEquals(users, ids(rows("truth_users.csv", "user_id", "breadth")));
        Instant start = config.calendar().sessionStart().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        List<String[]> history = rows("history.csv", "user_id", "track_id", "played_at", "plays");
        assertEquals(summary.historyRows(), history.size());
        for (String[] h : history) {
            assertTrue(users.contains(h[0]) && trackIds.contains(h[1]), "history row " + String.join(",", h));
            assertTrue(Instant.parse(h[2]).isBefore(start), "history before the sessions: " + h[2]);
            assertTrue(Integer.parseInt(h[3]) > 0);
        }
    }

    @Test
    void sessionsCandidatesAndTruthAreConsistent() throws IOException {
        Set<String> users = ids(rows("users.csv", "user_id"));
        Set<String> tracks = ids(rows("tracks.csv", "track_id", "artist_id", "duration_s", "release_year",
                "popularity", "f_0", "f_1", "f_2", "f_3"));
        List<String[]> sessions = rows("sessions.csv", "session_id", "user_id", "date", "context");
        Set<String> sessionIds = ids(sessions);
        assertEquals(config.sizes().sessions(), sessionIds.size());
        LocalDate first = config.calendar().sessionStart();
        for (String[] s : sessions) {
            assertTrue(users.contains(s[1]), "session user " + s[1]);
            LocalDate d = LocalDate.parse(s[2]);
            assertTrue(!d.isBefore(first) && d.isBefore(first.plusDays(config.calendar().sessionDays())), s[2]);
            assertEquals("radio", s[3]);
        }
        List<String[]> candidates = rows("candidates.csv", "session_id", "track_id", "logged_position", "sat");
        List<String[]> truth = rows("truth.csv", "session_id", "track_id", "p_sat");
        assertEquals(candidates.size(), truth.size());
        assertEquals(summary.candidates(), candidates.size());
        Map<String, Set<String>> perSession = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String[] c = candidates.get(i);
            String[] t = truth.get(i);
            assertTrue(sessionIds.contains(c[0]) && tracks.contains(c[1]), "candidate " + String.join(",", c));
            assertEquals(c[0] + "," + c[1], t[0] + "," + t[1], "truth row " + i + " matches its candidate");
            Set<String> seen = perSession.computeIfAbsent(c[0], k -> new HashSet<>());
            assertTrue(seen.add(c[1]), "track once per session: " + String.join(",", c));
            assertEquals(seen.size(), Integer.parseInt(c[2]), "positions 1..n in order");
            assertTrue(c[3].equals("0") || c[3].equals("1"), "sat " + c[3]);
            double p = Double.parseDouble(t[2]);
            assertTrue(p > 0 && p < 1, "p_sat " + p);
        }
        assertEquals(sessionIds, perSession.keySet(), "every session has candidates");
        for (Set<String> s : perSession.values()) {
            assertTrue(s.size() >= 10 && s.size() <= 50, "10..50 candidates, was " + s.size());
        }
    }

    @Test
    void theWrittenConfigurationRegeneratesTheWorld() {
        assertEquals(config, SimulationConfigYaml.read(dir.resolve(Simulator.CONFIG_FILE)).get());
    }
}
