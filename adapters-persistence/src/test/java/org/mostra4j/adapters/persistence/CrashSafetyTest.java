package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.exporting.CanonicalExporter;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;

/** An import killed with SIGKILL leaves the database exactly as it was; a second process gets a clear message. */
class CrashSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void sigkill_in_the_middle_of_an_import_leaves_the_previous_contents() throws Exception {
        Path db = tmp.resolve("db.duckdb");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db))) {
            new CanonicalImporter(store).importFolder(CanonicalFixture.generate(1, 10).writeTo(tmp.resolve("a")),
                    ImportOptions.strict()).get();
            new CanonicalExporter(store).export(tmp.resolve("before"), CanonicalExporter.Format.CSV);
        }
        Path big = bigFolder(tmp.resolve("b"), 200_000);
        Process child = ChildProcessImport.start("import", db.toString(), big.toString(), "writing sessions");
        try {
            ChildProcessImport.awaitLine(child, "PAUSED");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db))) {
            new CanonicalExporter(store).export(tmp.resolve("after"), CanonicalExporter.Format.CSV);
        }
        assertEquals(RoundTripTest.read(tmp.resolve("before")), RoundTripTest.read(tmp.resolve("after")));
    }

    @Test
    void a_second_process_gets_a_message_naming_the_file() throws Exception {
        Path db = tmp.resolve("held.duckdb");
        DuckDbStore.open(StoreOptions.at(db)).close();
        Process child = ChildProcessImport.start("hold", db.toString());
        try {
            ChildProcessImport.awaitLine(child, "OPEN");
            StoreException e = assertThrows(StoreException.class, () -> DuckDbStore.open(StoreOptions.at(db)));
            assertTrue(e.getMessage().startsWith(db + ": the database is in use by process " + child.pid()), e.getMessage());
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_database_from_a_newer_schema_is_refused() throws Exception {
        Path db = tmp.resolve("new.duckdb");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db))) {
            store.connection().createStatement().execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP)");
        }
        StoreException e = assertThrows(StoreException.class, () -> DuckDbStore.open(StoreOptions.at(db)));
        assertEquals(db + ": the database has schema version 99, newer than this mostra4j understands ("
                + SchemaMigrations.CURRENT + "); use a newer mostra4j", e.getMessage());
    }

    /** A canonical folder whose history is large enough that DuckDB writes row groups before commit. */
    static Path bigFolder(Path dir, int plays) throws Exception {
        CanonicalFixture f = CanonicalFixture.generate(9, 50);
        Files.createDirectories(dir);
        String rename = "x";
        for (var e : f.files().entrySet()) {
            String text = e.getValue().replaceAll("(?m)^a(\\d)", "xa$1").replaceAll(",a(\\d)", ",xa$1")
                    .replaceAll("(?m)^t(\\d\\d)", "xt$1").replaceAll(",t(\\d\\d)", ",xt$1")
                    .replaceAll("(?m)^u(\\d)", "xu$1").replaceAll(",u(\\d)", ",xu$1")
                    .replaceAll("(?m)^s(\\d{4})", rename + "s$1");
            Files.writeString(dir.resolve(e.getKey()), text);
        }
        StringBuilder h = new StringBuilder("user_id,track_id,played_at,plays\n");
        for (int i = 0; i < plays; i++) {
            h.append("xu").append(i % 3).append(",xt").append(String.format("%02d", i % 12)).append(",2017-0")
                    .append(1 + i % 9).append("-1").append(i % 10).append("T10:00:00Z,").append(1 + i % 7).append('\n');
        }
        Files.writeString(dir.resolve("history.csv"), h.toString());
        return dir;
    }
}
