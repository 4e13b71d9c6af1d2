package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.domain.diversity.GsDistribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code --format json} (simulate: {@code --summary-format json}): stdout is one JSON object with the key fields. */
class JsonFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    @Command(name = "mostra4j", subcommands = {ImportCommand.class, DbCommand.class, ConfigCommand.class})
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    private static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static JsonNode parsed(CliRun r) throws IOException {
        assertEquals(0, r.exitCode(), r.err());
        JsonNode node = JSON.readTree(r.out());
        assertTrue(node.isObject(), r.out());
        return node;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(field.isEmpty() ? n.asText() : n.path(field).asText()));
        return values;
    }

    @Test
    void objectivesListsTheBuiltInObjectivesScorersAndConcaveFunctions() throws IOException {
        JsonNode root = parsed(CliRun.of("objectives", "--format", "json"));
        assertTrue(texts(root.path("objectives"), "id").containsAll(List.of("discovery", "exposure", "boost")),
                root.toString());
        root.path("objectives").forEach(o -> assertFalse(o.path("description").asText().isBlank(), o.toString()));
        assertFalse(root.path("scorers").isEmpty(), root.toString());
        root.path("scorers").forEach(s -> assertTrue(s.has("name") && s.has("description"), s.toString()));
        assertEquals(List.of("sqrt", "log1p", "cap:T", "linear"), texts(root.path("concaveFunctions"), ""));
    }

    @Test
    void objectivesDefaultStaysTheTextListing() {
        CliRun r = CliRun.of("objectives");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("objectives:"), r.out());
        assertTrue(r.out().contains("concave functions: sqrt (default), log1p, cap:T, linear"), r.out());
    }

    @Test
    void importAndDbInfoReportCountsAsNumbers() throws Exception {
        Path dir = tmp.resolve("world");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("artists.csv"), "artist_id,name\na1,One\n");
        Files.writeString(dir.resolve("tracks.csv"), "track_id,artist_id,duration_s,release_year,popularity\n"
                + "t1,a1,200.0,2001,0.5\nt2,a1,,,0.25\n");
        Files.writeString(dir.resolve("users.csv"), "user_id\nu1\n");
        Files.writeString(dir.resolve("sessions.csv"), "session_id,user_id,date,context\ns1,u1,2018-07-15,radio\n");
        Files.writeString(dir.resolve("candidates.csv"), "session_id,track_id,logged_position,sat\ns1,t1,1,1\ns1,t2,2,\n");
        String db = tmp.resolve("w.duckdb").toString();

        JsonNode imported = parsed(run(new Root(), "import", "canonical", "--db", db, "--dir", dir.toString(),
                "--format", "json"));
        assertTrue(imported.path("rowsAdded").path("candidates").isIntegralNumber(), imported.toString());
        assertEquals(2, imported.path("rowsAdded").path("candidates").asLong(), imported.toString());
        assertEquals(0, imported.path("rejected").asLong(), imported.toString());
        assertTrue(imported.path("seconds").isNumber(), imported.toString());

        JsonNode info = parsed(run(new Root(), "db", "info", "--db", db, "--format", "json"));
        assertEquals(2, info.path("schemaVersion").asInt(), info.toString());
        assertEquals(1, info.path("rows").path("sessions").asLong(), info.toString());
        assertEquals(2, info.path("rows").path("candidates").asLong(), info.toString());
        assertTrue(info.path("models").isArray(), info.toString());
    }

    @Test
    void configShowListsEveryKnobWithItsSource() throws IOException {
        JsonNode root = parsed(run(new Root(), "config", "show", "--format", "json"));
        JsonNode settings = root.path("settings");
        assertFalse(settings.isEmpty(), root.toString());
        settings.forEach(s -> assertTrue(s.has("key") && s.has("value") && s.has("source") && s.has("meaning"),
                s.toString()));
        assertTrue(texts(settings, "key").stream().distinct().count() == settings.size(), root.toString());
    }

    @Test
    void gsScoreReportsCountsAndQuantiles() throws IOException {
        Path db = StoreFixtures.emptyStore(tmp.resolve("store.duckdb"));
        GsScoreUseCase fake = c -> Either.right(
                new GsScoreUseCase.Summary(3, GsDistribution.of(new double[] {0.25, 0.75})));
        JsonNode root = parsed(run(new GsScoreCommand(d -> fake), "--db", db.toString(), "--embeddings",
                StoreFixtures.embeddings(tmp.resolve("m")).toString(), "--format", "json"));
        assertEquals(3, root.path("users").asLong(), root.toString());
        assertEquals(2, root.path("scored").asLong(), root.toString());
        assertEquals(1, root.path("tooLittleActivity").asLong(), root.toString());
        assertEquals(0.5, root.path("quantiles").path("p50").asDouble(), 1e-9, root.toString());
        assertEquals(10, root.path("histogram").size(), root.toString());
    }

    @Test
    void simulateSummaryHoldsCountsAndTheCalibrationVerdicts() throws IOException {
        Path config = Files.writeString(tmp.resolve("small.yaml"),
                "sizes: {users: 200, artists: 80, tracks: 1000, features: 2}\nmodel: {pilot_sessions: 2000}\n");
        JsonNode root = parsed(run(new SimulateCommand(), "--out", tmp.resolve("sim").toString(), "--config",
                config.toString(), "--sessions", "300", "--seed", "7", "--summary-format", "json"));
        assertEquals(300, root.path("counts").path("sessions").asLong(), root.toString());
        assertEquals(7, root.path("seed").asLong(), root.toString());
        assertTrue(root.path("completionRate").path("value").isNumber(), root.toString());
        for (String r : List.of("exposure", "boost", "discovery")) {
            JsonNode c = root.path("correlations").path(r);
            assertTrue(c.path("value").isNumber() && c.path("ok").isBoolean() && c.has("target"), root.toString());
        }
    }
}
