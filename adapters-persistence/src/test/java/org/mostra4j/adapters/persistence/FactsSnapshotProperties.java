package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.ObjectiveFacts;

/**
 * Law: the in-memory snapshot answers every catalogue, history and objective-facts question exactly as the live
 * store queries do — for every user (with and without history) and every date around the data, including plays
 * at exactly midnight, tracks missing from the catalogue, tracks without an artist, and list entries with several
 * validity periods. Plus: a reload that cannot open the file keeps the old snapshot; a successful one sees new rows.
 */
class FactsSnapshotProperties {
    private static final LocalDate FIRST = LocalDate.of(2018, 6, 20);
    private static final LocalDate LAST = LocalDate.of(2018, 7, 25);

    @TempDir
    Path tmp;

    @Test
    void snapshot_answers_exactly_what_the_live_queries_answer() throws SQLException {
        for (long seed = 1; seed <= 4; seed++) {
            Path file = tmp.resolve("w" + seed + ".duckdb");
            try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(file))) {
                fill(store, new Random(seed), 0);
                FactsSnapshot snapshot = FactsSnapshot.load(store);
                DuckDbObjectiveFactsAdapter live = new DuckDbObjectiveFactsAdapter(store);
                DuckDbCatalogAdapter liveCatalog = new DuckDbCatalogAdapter(store);
                assertSame(seed, live, liveCatalog, snapshot);
            }
        }
    }

    @Test
    void from_file_reads_read_only_and_reload_keeps_the_old_snapshot_while_the_file_is_held() throws SQLException {
        Path file = tmp.resolve("r.duckdb");
        StoreOptions options = StoreOptions.at(file);
        try (DuckDbStore store = DuckDbStore.open(options)) {
            fill(store, new Random(9), 0);
        }
        ReloadableFacts facts = ReloadableFacts.fromFile(options);
        long before = facts.snapshot().historyRows();
        assertTrue(before > 0);
        try (DuckDbStore writer = DuckDbStore.open(options)) {
            var refused = facts.reload();
            assertTrue(refused.isLeft(), "reload while this process holds the file read-write");
            assertTrue(refused.getLeft().contains("previous snapshot stays in use"), refused.getLeft());
            assertEquals(before, facts.snapshot().historyRows());
            fill(writer, new Random(10), 1_000);
        }
        var done = facts.reload();
        assertTrue(done.isRight(), () -> done.getLeft());
        assertTrue(facts.snapshot().historyRows() > before, "the reload sees the rows written meanwhile");
        try (DuckDbStore store = DuckDbStore.open(options)) {
            assertSame(10, new DuckDbObjectiveFactsAdapter(store), new DuckDbCatalogAdapter(store), facts.snapshot());
        }
    }

    @Test
    void read_only_open_refuses_a_missing_file_and_a_foreign_one() throws Exception {
        StoreException missing = assertThrows(StoreException.class,
                () -> ReloadableFacts.fromFile(StoreOptions.at(tmp.resolve("none.duckdb"))));
        assertTrue(missing.getMessage().contains("none.duckdb: no such database file"), missing.getMessage());
        Path foreign = tmp.resolve("foreign.duckdb");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + foreign.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE x (a INTEGER)");
        }
        assertTrue(Files.exists(foreign));
        StoreException notOurs = assertThrows(StoreException.class, () -> ReloadableFacts.fromFile(StoreOptions.at(foreign)));
        assertTrue(notOurs.getMessage().contains("not a mostra4j database"), notOurs.getMessage());
    }

    private static void assertSame(long seed, DuckDbObjectiveFactsAdapter live, DuckDbCatalogAdapter liveCatalog,
            FactsSnapshot snapshot) {
        List<TrackId> ids = new ArrayList<>();
        for (int t = 0; t < 50; t++) {
            ids.add(TrackId.of("t" + t));
        }
        assertEquals(liveCatalog.tracks(ids), snapshot.tracks(ids), "seed " + seed + ": tracks");
        List<Track> liveAll = new ArrayList<>();
        List<Track> snapAll = new ArrayList<>();
        liveCatalog.forEachTrack(liveAll::add);
        snapshot.forEachTrack(snapAll::add);
        assertEquals(liveAll, snapAll, "seed " + seed + ": forEachTrack");
        for (int u = 0; u <= 6; u++) {
            UserId user = UserId.of("u" + u);
            for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
                String at = "seed " + seed + ", " + user + " before " + d;
                assertEquals(live.historyBefore(user, d), snapshot.historyBefore(user, d), at + ": history");
                ObjectiveFacts a = live.factsFor(user, d);
                ObjectiveFacts b = snapshot.factsFor(user, d);
                assertEquals(a.history(), b.history(), at + ": facts history");
                assertEquals(a.emergingArtists(), b.emergingArtists(), at + ": emerging artists");
                assertEquals(a.boosts(), b.boosts(), at + ": boosts");
            }
        }
    }

    /** Random catalogue, history (some plays at midnight, some of unknown tracks) and lists; u6 never plays. */
    private static void fill(DuckDbStore store, Random rnd, int offset) throws SQLException {
        var c = store.connection();
        try (Statement s = c.createStatement()) {
            if (offset == 0) {
                for (int t = 0; t < 40; t++) {
                    String artist = t % 7 == 0 ? "NULL" : "'a" + (t % 9) + "'";
                    s.execute("INSERT INTO tracks VALUES ('t" + t + "', " + artist + ", 200, 2000, " + rnd.nextDouble()
                            + ", " + (t % 2 == 0 ? "[" + rnd.nextFloat() + ", 1.5]" : "NULL") + ")");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO history VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < 300; i++) {
                LocalDateTime at = FIRST.plusDays(2 + rnd.nextInt(30)).atStartOfDay();
                if (rnd.nextInt(4) != 0) {
                    at = at.plusSeconds(rnd.nextInt(86_400));
                }
                ps.setString(1, "u" + rnd.nextInt(6));
                ps.setString(2, "t" + rnd.nextInt(45));
                ps.setObject(3, at);
                ps.setInt(4, 1 + rnd.nextInt(5) + offset);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement e = c.prepareStatement("INSERT INTO emerging_artists VALUES (?, ?, ?)");
                PreparedStatement b = c.prepareStatement("INSERT INTO boosts VALUES (?, ?, ?)")) {
            for (int i = 0; i < 12; i++) {
                LocalDate from = FIRST.plusDays(rnd.nextInt(30));
                LocalDate to = from.plusDays(rnd.nextInt(6));
                e.setString(1, "a" + rnd.nextInt(5));
                e.setObject(2, from);
                e.setObject(3, to);
                e.addBatch();
                b.setString(1, "t" + rnd.nextInt(45));
                b.setObject(2, to);
                b.setObject(3, to.plusDays(rnd.nextInt(3)));
                b.addBatch();
            }
            e.executeBatch();
            b.executeBatch();
        }
    }
}
