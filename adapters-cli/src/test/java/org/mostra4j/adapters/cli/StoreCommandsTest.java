package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The store commands end to end: import, db info, export; exit codes 0 / 2 with file:line messages. */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    @Command(name = "mostra4j", subcommands = {ImportCommand.class, DbCommand.class, ExportCommand.class})
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    record Outcome(int code, String out, String err) {
    }

    Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Root());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    Path folder() throws Exception {
        Path dir = tmp.resolve("world");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("artists.csv"), "artist_id,name\na1,One\n");
        Files.writeString(dir.resolve("tracks.csv"), "track_id,artist_id,duration_s,release_year,popularity\nt1,a1,200.0,2001,0.5\nt2,a1,,,0.25\n");
        Files.writeString(dir.resolve("users.csv"), "user_id\nu1\n");
        Files.writeString(dir.resolve("sessions.csv"), "session_id,user_id,date,context\ns1,u1,2018-07-15,radio\n");
        Files.writeString(dir.resolve("candidates.csv"), "session_id,track_id,logged_position,sat\ns1,t1,1,1\ns1,t2,2,\n");
        return dir;
    }

    @Test
    void import_info_export_round_trip() throws Exception {
        String db = tmp.resolve("w.duckdb").toString();
        Outcome imported = run("import", "canonical", "--db", db, "--dir", folder().toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("candidates         +2"), imported.out());
        Outcome info = run("db", "info", "--db", db);
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("schema version 2"), info.out());
        assertTrue(info.out().contains("sessions           1"), info.out());
        Outcome exported = run("export", "canonical", "--db", db, "--out", tmp.resolve("out").toString());
        assertEquals(0, exported.code(), exported.err());
        assertEquals(Files.readString(folder().resolve("candidates.csv")),
                Files.readString(tmp.resolve("out").resolve("candidates.csv")));
    }

    @Test
    void a_store_of_an_older_schema_is_refused_by_reading_commands_until_db_migrate_moves_it() throws Exception {
        Path db = tmp.resolve("old.duckdb");
        assertEquals(0, run("import", "canonical", "--db", db.toString(), "--dir", folder().toString()).code());
        try (var store = org.mostra4j.adapters.persistence.DuckDbStore.open(
                org.mostra4j.adapters.persistence.StoreOptions.at(db));
                var s = store.connection().createStatement()) {
            // what version 1 wrote: no plays, shuffle or profile columns
            s.execute("ALTER TABLE candidates DROP COLUMN plays");
            s.execute("ALTER TABLE sessions DROP COLUMN shuffle");
            for (String c : new String[] {"gender", "age", "country", "registered"}) {
                s.execute("ALTER TABLE users DROP COLUMN " + c);
            }
            s.execute("DELETE FROM schema_version WHERE version = 2");
        }
        // through the real command line: usage errors are exit 2
        CliRun refused = CliRun.of("db", "info", "--db", db.toString());
        assertEquals(2, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("schema version 1") && refused.err().contains("db migrate --db " + db),
                refused.err());
        CliRun migrated = CliRun.of("db", "migrate", "--db", db.toString());
        assertEquals(0, migrated.exitCode(), migrated.err());
        assertTrue(migrated.out().contains("schema version 2"), migrated.out());
        CliRun info = CliRun.of("db", "info", "--db", db.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("sessions           1"), info.out());
    }

    @Test
    void a_bad_row_exits_2_with_file_line_column_and_a_usage_error_exits_2() throws Exception {
        Path dir = folder();
        Files.writeString(dir.resolve("sessions.csv"), "session_id,user_id,date,context\ns1,u1,15-07-18,radio\n");
        String db = tmp.resolve("w.duckdb").toString();
        Outcome bad = run("import", "canonical", "--db", db, "--dir", dir.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(dir.resolve("sessions.csv") + ":2: date: expected a date YYYY-MM-DD, found '15-07-18'"),
                bad.err());
        assertEquals(2, run("import", "lastfm", "--db", db, "--log", "x.tsv", "--gap-minutes", "0").code());
        assertEquals(2, run("import", "canonical", "--db", db).code(), "--dir is required");
    }
}
