package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end at a tiny size: every stage runs and the report says what it must. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void tinyDemoWritesAReportWhoseSatOnlyRowIsZeroAgainstItself() throws IOException {
        Path config = dir.resolve("tiny.yaml");
        Files.writeString(config, """
                users: 60
                artists: 30
                tracks: 300
                sessions: 160
                train-sessions: 110
                epochs: 1
                d-model: 8
                epsilons: 0,0.05,0.2
                lambdas: 0,0.07
                embedding-dim: 8
                embedding-epochs: 1
                """);
        Path work = dir.resolve("demo");
        CliRun run = CliRun.of("demo", "--dir", work.toString(), "--config", config.toString(), "--seed", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("mostra4j demo: summary"), run.out());

        Path report = work.resolve("report");
        for (String f : new String[] {"report.md", "report.json", "report.html"}) {
            assertTrue(Files.size(report.resolve(f)) > 0, f);
        }
        try (var plots = Files.list(report)) {
            assertTrue(plots.anyMatch(p -> p.getFileName().toString().matches("tradeoff-exposure\\.(png|svg)")));
        }
        JsonNode json = JsonFiles.read(report.resolve("report.json"));
        assertEquals(50, json.path("sessions").asInt(), "held-out sessions = sessions - train-sessions");
        for (JsonNode policy : json.path("policies")) {
            policy.path("metrics").forEach(m -> assertTrue(Double.isFinite(m.path("value").asDouble()), policy.toString()));
            if (policy.path("policy").asText().equals("sat-only")) {
                policy.path("changePercent").forEach(c -> assertEquals(0.0, c.path("value").asDouble(), 1e-12));
            }
        }
        assertTrue(Files.exists(work.resolve("models/encoder.model")));
        assertTrue(Files.exists(work.resolve("models/mlp.model")));
        assertTrue(json.path("policies").path(0).path("metrics").has("gs"), "embed runs before evaluate: GS measured");
        assertTrue(Files.readString(report.resolve("report.md")).contains("## Diversity"));
        assertTrue(run.out().contains("GS: diversity of the top"), run.out());
        JsonNode frontier = JsonFiles.read(report.resolve("frontier.json"));
        assertEquals(50, frontier.path("validationSessions").asInt() + frontier.path("testSessions").asInt(),
                "the frontier splits the held-out sessions");
        // the four standard methods, and mostra-seq: the demo's encoder learns a sequence head
        List<String> methods = new java.util.ArrayList<>();
        frontier.path("methods").forEach(m -> methods.add(m.path("method").asText()));
        assertEquals(List.of("mostra", "linear", "xquad", "quota", "mostra-seq"), methods);
        assertTrue(run.out().contains("frontier: "), run.out());
        // the frontier stage writes into the evaluation's folder: its report.html carries both, with the same data
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"frontier-data\">"), "frontier in report.html");
        assertTrue(html.contains("id=\"report-data\""));
        assertTrue(html.contains(Files.readString(report.resolve("frontier.json")).replace("</", "<\\/")));
        assertFalse(Files.exists(report.resolve("frontier.html")), "one page for the demo");
    }

    @Test
    void rerunReusesEveryStageAndFreshRefusesAForeignFolder() throws IOException {
        Path foreign = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("demo", "--dir", foreign.toString(), "--fresh");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("not a demo folder"), run.err());
        assertTrue(Files.exists(foreign.resolve("keep.txt")));
    }

    @Test
    void unknownConfigKeyNamesItsLine() throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "users: 10\nepochz: 3\n");
        CliRun run = CliRun.of("config", "show", "--config", config.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(config + ":2: epochz: unknown key"), run.err());
    }

    @Test
    void configShowTellsWhereEachValueComesFrom() throws IOException {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "epochs: 7\n");
        CliRun run = CliRun.of("config", "show", "--config", config.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("epochs") && l.contains("7") && l.contains("file ")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("users") && l.contains("default")), run.out());
    }
}
