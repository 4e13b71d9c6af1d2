package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;

class LastFmImportTest {
    @TempDir
    Path tmp;

    @Test
    void plays_become_history_and_sessions_cut_at_the_gap() throws Exception {
        Path log = LastFmFixture.log(tmp.resolve("lfm.tsv"), 3, 40, 11);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new LastFmImporter(store).importLog(log, LastFmImporter.DEFAULT_GAP, ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            assertEquals(120, CanonicalImportTest.count(store, "history"));
            assertEquals(3, CanonicalImportTest.count(store, "users"));
            List<LoggedSession> sessions = new ArrayList<>();
            new DuckDbSessionStoreAdapter(store).stream(0, 50, sessions::addAll);
            assertEquals(12, sessions.size(), "every 10th pause is 2 hours: 4 sessions per user");
            assertEquals("user_000001:000001", sessions.get(0).id().value());
            for (LoggedSession s : sessions) {
                assertEquals(s.candidates().size(), new HashSet<>(s.candidates().stream().map(LoggedCandidate::track).toList()).size());
                assertTrue(s.candidates().stream().allMatch(c -> c.sat().isEmpty()));
                assertEquals("lastfm", s.context());
            }
            // real artists: the history before a later day knows the artists played on the first day
            var history = new DuckDbObjectiveFactsAdapter(store).historyBefore(UserId.of("user_000001"), LocalDate.of(2009, 1, 2));
            String[] firstLine = Files.readAllLines(log).get(0).split("\t", -1);
            ArtistId artist = ArtistId.of(firstLine[2].isEmpty() ? "lastfm-artist:" + firstLine[3] : firstLine[2]);
            assertTrue(history.hasStreamed(artist), artist.value());
            assertFalse(new DuckDbObjectiveFactsAdapter(store).historyBefore(UserId.of("user_000001"), LocalDate.of(2009, 1, 1))
                    .distinctTracks() > 0);
            var again = new LastFmImporter(store).importLog(log, Duration.ofMinutes(30), ImportOptions.strict());
            assertTrue(again.isLeft(), "the same sessions twice");
            assertTrue(again.getLeft().problems().get(0).message().startsWith("session already in the store"));
        }
    }

    @Test
    void a_bad_timestamp_is_reported_with_its_line_and_nothing_is_written() throws Exception {
        Path log = LastFmFixture.log(tmp.resolve("lfm.tsv"), 2, 10, 12);
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        String[] f = lines.get(13).split("\t", -1);
        f[1] = "2009-05-04 23:08:57";
        lines.set(13, String.join("\t", f));
        Files.write(log, lines);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new LastFmImporter(store).importLog(log, LastFmImporter.DEFAULT_GAP, ImportOptions.strict());
            assertTrue(result.isLeft());
            assertEquals(log + ":14: timestamp: expected an ISO-8601 UTC timestamp like 2009-05-04T23:08:57Z, found '2009-05-04 23:08:57'",
                    result.getLeft().problems().get(0).toString());
            assertEquals(0, CanonicalImportTest.count(store, "history"));
        }
    }
}
