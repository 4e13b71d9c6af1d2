package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    @TempDir
    Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = new CommandLine(new SimulateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    Path smallConfig() throws IOException {
        Path config = tmp.resolve("small.yaml");
        Files.writeString(config, "sizes: {users: 200, artists: 80, tracks: 1000, features: 2}\n"
                + "model: {pilot_sessions: 2000}\n");
        return config;
    }

    @Test
    void writesTheDatasetAndPrintsTheCalibrationSummary() throws IOException {
        Path dir = tmp.resolve("world");
        int code = run("--out", dir.toString(), "--config", smallConfig().toString(), "--sessions", "300",
                "--seed", "7");
        assertEquals(0, code, err.toString());
        String summary = out.toString();
        assertTrue(summary.contains("sessions 300,"), summary);
        assertTrue(summary.contains("completion rate") && summary.contains("r(Exposure, SAT)")
                && summary.contains("r(Boost, SAT)") && summary.contains("r(Discovery, SAT)"), summary);
        assertTrue(err.toString().contains("simulate: 300/300 sessions (100%)"), err.toString());
        assertTrue(Files.readString(dir.resolve("simulation.yaml")).contains("seed: 7"));
        assertEquals(301, Files.readAllLines(dir.resolve("sessions.csv")).size());
    }

    @Test
    void parquetHoldsTheSameRowsAsCsvAndDbImportsTheWorld() throws IOException {
        Path csv = tmp.resolve("csv");
        Path parquet = tmp.resolve("parquet");
        Path db = tmp.resolve("world.duckdb");
        assertEquals(0, run("--out", csv.toString(), "--config", smallConfig().toString(), "--sessions", "120"));
        assertEquals(0, run("--out", parquet.toString(), "--config", smallConfig().toString(), "--sessions", "120",
                "--format", "parquet", "--db", db.toString()), err.toString());
        for (String table : new String[] {"sessions", "candidates", "truth", "tracks", "history"}) {
            assertTrue(Files.exists(parquet.resolve(table + ".parquet")), table);
        }
        assertTrue(Files.exists(parquet.resolve("simulation.yaml")));
        try (var store = org.mostra4j.adapters.persistence.DuckDbStore.open(
                org.mostra4j.adapters.persistence.StoreOptions.at(db));
                var s = store.connection().createStatement()) {
            var candidates = s.executeQuery("SELECT count(*) FROM read_parquet('"
                    + parquet.resolve("candidates.parquet").toAbsolutePath() + "')");
            candidates.next();
            long fromParquet = candidates.getLong(1);
            long fromCsv = Files.readAllLines(csv.resolve("candidates.csv")).size() - 1L;
            assertEquals(fromCsv, fromParquet);
            var stored = s.executeQuery("SELECT count(*) FROM candidates");
            stored.next();
            assertEquals(fromCsv, stored.getLong(1));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badConfigurationsAreUsageErrorsWithoutStackTraces() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "sizes: {userz: 3}\n");
        assertEquals(2, run("--out", tmp.resolve("w").toString(), "--config", bad.toString()));
        assertTrue(err.toString().contains("userz"), err.toString());
        assertEquals(2, run("--out", tmp.resolve("w").toString(), "--users", "0"));
        assertTrue(err.toString().contains("sizes.users"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
