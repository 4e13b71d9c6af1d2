package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.exporting.CanonicalExporter;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;

/**
 * Last.fm-1K as released: a hand-written fixture in the real TSV layout (newest play first, empty MBIDs,
 * two plays with one timestamp, names with quotes and non-ASCII letters) and its profile file (header
 * {@code #id}, blank fields, {@code registered} like {@code Aug 13, 2006}).
 */
class RealFormatLastFmTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) throws Exception {
        return Path.of(RealFormatLastFmTest.class.getResource("/real-format/lastfm/" + name).toURI());
    }

    @Test
    void the_log_with_profiles_imports_folding_replays_and_storing_every_play_and_attribute() throws Exception {
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new LastFmImporter(store).importLog(fixture("userid-timestamp-artid-artname-traid-traname.tsv"),
                    Optional.of(fixture("userid-profile.tsv")), Duration.ofMinutes(30), ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            // counted by hand: Hibari three times in user 1's first session (twice at one timestamp), Dr. "Feelgood" twice
            assertEquals(new ImportSummary.Replays(3, 2), result.get().replays());
            assertEquals(15, CanonicalImportTest.count(store, "history"), "every play counts in the history");
            assertEquals(4, CanonicalImportTest.count(store, "sessions"));
            assertEquals(12, CanonicalImportTest.count(store, "candidates"));
            assertEquals(4, CanonicalImportTest.count(store, "users"), "profile users without plays are added");
            assertEquals("3", RealFormatMssdTest.row(store, "SELECT plays FROM candidates WHERE track_id ="
                    + " 'lastfm-track:a7f7df4a-77d8-4f12-8acd-5c60c93f4de8/Hibari (Live_2009_4_15)'"));
            assertEquals("user_000001|m|null|Japan|2006-08-13", RealFormatMssdTest.row(store,
                    "SELECT * EXCLUDE (features) FROM users WHERE user_id = 'user_000001'"));
            assertEquals("user_000003|null|22|United Kingdom|null", RealFormatMssdTest.row(store,
                    "SELECT * EXCLUDE (features) FROM users WHERE user_id = 'user_000003'"));
            assertEquals("user_000004|null|null|null|null", RealFormatMssdTest.row(store,
                    "SELECT * EXCLUDE (features) FROM users WHERE user_id = 'user_000004'"));
            StoreContents info = StoreContents.of(store);
            assertEquals(3L, info.details().get("users with country"));
            assertEquals(2L, info.details().get("candidates replayed"));
            assertEquals("user_000001: gender m, age ?, country Japan, registered 2006-08-13", info.sampleUsers().get(0));
        }
    }

    @Test
    void a_bad_registered_date_names_its_line() throws Exception {
        Path profiles = tmp.resolve("userid-profile.tsv");
        Files.writeString(profiles, "#id\tgender\tage\tcountry\tregistered\nuser_000001\tm\t\tJapan\t2006-08-13\n");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new LastFmImporter(store).importLog(fixture("userid-timestamp-artid-artname-traid-traname.tsv"),
                    Optional.of(profiles), Duration.ofMinutes(30), ImportOptions.strict());
            assertTrue(result.isLeft());
            assertEquals(profiles + ":2: registered: expected a date like Aug 13, 2006 or nothing, found '2006-08-13'",
                    result.getLeft().problems().get(0).toString());
            assertEquals(0, CanonicalImportTest.count(store, "users"));
        }
    }

    @Test
    void the_canonical_export_carries_attributes_plays_and_shuffle_and_round_trips() throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("a.duckdb")))) {
            assertTrue(new LastFmImporter(store).importLog(fixture("userid-timestamp-artid-artname-traid-traname.tsv"),
                    Optional.of(fixture("userid-profile.tsv")), Duration.ofMinutes(30), ImportOptions.strict()).isRight());
            new CanonicalExporter(store).export(first, CanonicalExporter.Format.CSV);
        }
        List<String> users = Files.readAllLines(first.resolve("users.csv"));
        assertEquals("user_id,profile_gender,profile_age,profile_country,profile_registered", users.get(0));
        assertEquals("user_000001,m,,Japan,2006-08-13", users.get(1));
        assertEquals("session_id,track_id,logged_position,sat,plays", Files.readAllLines(first.resolve("candidates.csv")).get(0));
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("b.duckdb")))) {
            var again = new CanonicalImporter(store).importFolder(first, ImportOptions.strict());
            assertTrue(again.isRight(), () -> again.getLeft().report());
            new CanonicalExporter(store).export(second, CanonicalExporter.Format.CSV);
        }
        for (String file : List.of("users.csv", "candidates.csv", "sessions.csv", "history.csv", "tracks.csv")) {
            assertEquals(Files.readAllLines(first.resolve(file)), Files.readAllLines(second.resolve(file)), file);
        }
    }
}
