package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;

class CanonicalImportTest {
    @TempDir
    Path tmp;

    @Test
    void imports_every_table_of_a_generated_folder() throws Exception {
        Path dir = CanonicalFixture.generate(1, 20).writeTo(tmp.resolve("in"));
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new CanonicalImporter(store).importFolder(dir, ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            assertEquals(4L, result.get().rowsAdded().get("artists"));
            assertEquals(12L, count(store, "tracks"));
            assertEquals(20L, count(store, "sessions"));
        }
    }

    @Test
    void a_bad_value_aborts_with_file_line_column_and_leaves_the_store_unchanged() throws Exception {
        Path first = CanonicalFixture.generate(1, 5).writeTo(tmp.resolve("first"));
        CanonicalFixture bad = CanonicalFixture.generate(2, 5);
        String sessions = bad.files().get("sessions.csv").replace("s0002,u2,2018-07-12", "s0002,u2,12-07-18")
                .replace("s0000", "x0000").replace("s0001", "x0001").replace("s0002", "x0002")
                .replace("s0003", "x0003").replace("s0004", "x0004");
        Path second = tmp.resolve("second");
        Files.createDirectories(second);
        Files.writeString(second.resolve("sessions.csv"), sessions);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            new CanonicalImporter(store).importFolder(first, ImportOptions.strict()).get();
            Map<String, Long> before = counts(store);
            var result = new CanonicalImporter(store).importFolder(second, ImportOptions.strict());
            assertTrue(result.isLeft());
            assertEquals(second.resolve("sessions.csv") + ":4: date: expected a date YYYY-MM-DD, found '12-07-18'",
                    result.getLeft().problems().get(0).toString());
            assertEquals(before, counts(store));
        }
    }

    static long count(DuckDbStore store, String table) throws Exception {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    static Map<String, Long> counts(DuckDbStore store) throws Exception {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (String t : new String[] {"artists", "tracks", "users", "history", "sessions", "candidates",
                "emerging_artists", "boosts", "truth", "imports"}) {
            m.put(t, count(store, t));
        }
        return m;
    }
}
