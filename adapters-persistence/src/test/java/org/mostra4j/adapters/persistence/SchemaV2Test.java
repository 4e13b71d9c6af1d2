package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version-1 store (no plays, shuffle or profile columns) migrates to version 2 on open, keeping its rows. */
class SchemaV2Test {
    @TempDir
    Path tmp;

    @Test
    void a_version_1_store_gains_the_nullable_columns_and_keeps_its_rows() throws Exception {
        Path db = tmp.resolve("v1.duckdb");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db)); Statement s = store.connection().createStatement()) {
            // turn the fresh store back into what version 1 wrote
            s.execute("ALTER TABLE candidates DROP COLUMN plays");
            s.execute("ALTER TABLE sessions DROP COLUMN shuffle");
            for (String c : new String[] {"gender", "age", "country", "registered"}) {
                s.execute("ALTER TABLE users DROP COLUMN " + c);
            }
            s.execute("DELETE FROM schema_version WHERE version = 2");
            s.execute("INSERT INTO users VALUES ('u1', NULL)");
            s.execute("INSERT INTO sessions VALUES ('s1', 'u1', DATE '2018-07-15', 'radio')");
            s.execute("INSERT INTO candidates VALUES ('s1', 't1', 1, true)");
        }
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db))) {
            assertEquals(2, SchemaMigrations.version(store.connection()));
            assertEquals("s1|t1|1|true|null", RealFormatMssdTest.row(store, "SELECT * FROM candidates"));
            assertEquals("s1|u1|2018-07-15|radio|null", RealFormatMssdTest.row(store, "SELECT * FROM sessions"));
            assertEquals("u1|null|null|null|null|null", RealFormatMssdTest.row(store, "SELECT * FROM users"));
        }
    }
}
