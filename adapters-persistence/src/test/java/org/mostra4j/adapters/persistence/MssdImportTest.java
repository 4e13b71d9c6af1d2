package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.MssdImporter;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.session.LoggedSession;

class MssdImportTest {
    @TempDir
    Path tmp;

    @Test
    void both_date_spellings_read_as_2018_and_sat_is_not_skipped() throws Exception {
        Path log = MssdFixture.log(tmp.resolve("log.csv"), 40, 30, 5);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new MssdImporter(store).importLog(log, MssdImporter.Extras.none(), ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            List<LoggedSession> sessions = new ArrayList<>();
            new DuckDbSessionStoreAdapter(store).stream(0, 100, sessions::addAll);
            assertEquals(40, sessions.size());
            for (LoggedSession s : sessions) {
                int index = Integer.parseInt(s.id().value().substring(2), 16);
                assertEquals(LocalDate.of(2018, 7, 1 + index % 28), s.date(), s.id().value());
                assertEquals(s.id().value(), s.user().value(), "one user per session");
            }
            long rows = Files.readAllLines(log).size() - 1;
            assertEquals(rows, CanonicalImportTest.count(store, "candidates"));
            try (ResultSet r = store.connection().createStatement().executeQuery(
                    "SELECT count(*) FILTER (WHERE sat), count(*) FILTER (WHERE NOT sat) FROM candidates")) {
                r.next();
                long expectedSat = Files.readAllLines(log).stream().skip(1)
                        .filter(l -> l.split(",")[7].equalsIgnoreCase("true")).count();
                assertEquals(expectedSat, r.getLong(1));
                assertEquals(rows - expectedSat, r.getLong(2));
            }
            assertTrue(new DuckDbCatalogAdapter(store).tracks(List.of(TrackId.of("t_000007"))).get(TrackId.of("t_000007"))
                    .artist().isEmpty());
        }
    }

    @Test
    void one_bad_row_aborts_with_its_line_and_column_and_writes_nothing() throws Exception {
        Path log = MssdFixture.log(tmp.resolve("log.csv"), 10, 30, 6);
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        String[] f = lines.get(6).split(",", -1);
        f[16] = "31-02-18";
        lines.set(6, String.join(",", f));
        String[] g = lines.get(8).split(",", -1);
        g[7] = "yes";
        lines.set(8, String.join(",", g));
        Files.write(log, lines);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new MssdImporter(store).importLog(log, MssdImporter.Extras.none(), ImportOptions.strict());
            assertTrue(result.isLeft());
            assertEquals(log + ":7: date: expected a date YYYY-MM-DD or DD-MM-YY, found '31-02-18'",
                    result.getLeft().problems().get(0).toString());
            assertEquals(0, CanonicalImportTest.count(store, "sessions") + CanonicalImportTest.count(store, "tracks"));
            var lenient = new MssdImporter(store).importLog(log, MssdImporter.Extras.none(),
                    ImportOptions.strict().withMaxErrors(2, tmp.resolve("rej.txt")));
            assertTrue(lenient.isRight());
            assertEquals(lines.size() - 3, CanonicalImportTest.count(store, "candidates"));
            assertEquals(2, Files.readAllLines(tmp.resolve("rej.txt")).size());
            assertTrue(Files.readAllLines(tmp.resolve("rej.txt")).get(1).contains(":9: not_skipped: expected true, false, 1 or 0, found 'yes'"));
        }
    }

    @Test
    void features_give_popularity_and_low_popularity_proxies_become_emerging_over_the_log_dates() throws Exception {
        Path log = MssdFixture.log(tmp.resolve("log.csv"), 30, 40, 7);
        Path features = MssdFixture.features(tmp.resolve("tf.csv"), 40);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var extras = new MssdImporter.Extras(Optional.of(features), Optional.empty(), 0.10);
            var result = new MssdImporter(store).importLog(log, extras, ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            assertEquals(40, CanonicalImportTest.count(store, "tracks"));
            assertEquals(4, CanonicalImportTest.count(store, "emerging_artists"));
            var t0 = new DuckDbCatalogAdapter(store).tracks(List.of(TrackId.of("t_000000"), TrackId.of("t_000039")));
            assertEquals(Optional.of("mssd-lowpop:t_000000"), t0.get(TrackId.of("t_000000")).artist().map(Object::toString));
            assertTrue(t0.get(TrackId.of("t_000039")).artist().isEmpty());
            assertEquals(0.9, t0.get(TrackId.of("t_000000")).popularity(), 1e-9);
            assertEquals(4, t0.get(TrackId.of("t_000000")).features().size());
            var facts = new DuckDbObjectiveFactsAdapter(store).factsFor(
                    org.mostra4j.domain.catalog.UserId.of("x"), LocalDate.of(2018, 7, 5));
            assertEquals(4, facts.emergingArtists().size());
            // the same features file again with another log adds no tracks
            Path log2 = tmp.resolve("log2.csv");
            Files.writeString(log2, Files.readString(log).replaceAll("(?m)^(\\d)_", "$1_x"));
            assertTrue(new MssdImporter(store).importLog(log2, extras, ImportOptions.strict()).isRight());
            assertEquals(40, CanonicalImportTest.count(store, "tracks"));
        }
    }

    @Test
    void a_log_track_missing_from_the_features_file_is_reported() throws Exception {
        Path log = MssdFixture.log(tmp.resolve("log.csv"), 5, 40, 8);
        Path features = MssdFixture.features(tmp.resolve("tf.csv"), 10);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var extras = new MssdImporter.Extras(Optional.of(features), Optional.empty(), 0.10);
            var result = new MssdImporter(store).importLog(log, extras, ImportOptions.strict());
            assertTrue(result.isLeft());
            assertTrue(result.getLeft().problems().get(0).message().contains("(not in the features file or the store)"),
                    result.getLeft().report());
            assertEquals(0, CanonicalImportTest.count(store, "tracks"));
        }
    }
}
