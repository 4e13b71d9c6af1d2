package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.report.TuneReportWriter;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import picocli.CommandLine;

/** {@code tune} over the tiny in-memory world: its JSON shape, exit codes, the policy file and the stored run. */
class TuneCommandTest {
    @TempDir
    Path dir;
    Path db;
    Path model;
    TinyWorld world;

    @BeforeEach
    void files() throws IOException {
        db = StoreFixtures.emptyStore(dir.resolve("world.duckdb"));
        model = Files.writeString(dir.resolve("encoder.model"), "");
        world = new TinyWorld();
    }

    private CliRun run(String... flags) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "--model", model.toString(), "--world",
                dir.toString(), "--replicates", "20", "--k", "5"));
        args.addAll(List.of(flags));
        CommandLine cli = new CommandLine(new TuneCommand(world, ObjectiveCatalogue.builtIns(), new TuneReportWriter()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("error: " + ex.getMessage());
            return ex instanceof UsageException ? 2 : 1;
        });
        return new CliRun(cli.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void anAttainableTargetPrintsTheIssuesJsonShapeAndWritesAServablePolicyFile() throws IOException {
        Path policy = dir.resolve("policy.json");
        CliRun r = run("--target", "exposure=+0%", "--budget", "12", "--format", "json", "--out", policy.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("feasible").asBoolean());
        assertEquals("mostra", json.get("method").asText());
        for (String part : List.of("validation", "test")) {
            assertTrue(json.get(part).get("satLossPercent").isNumber(), part);
            assertTrue(json.get(part).get("gainPercent").has("exposure"), part);
        }
        assertTrue(json.get("test").has("satLossInterval"));
        JsonNode file = new ObjectMapper().readTree(policy.toFile());
        assertEquals(json.get("policy"), file);
        assertTrue(file.has("epsilon") && file.has("lambda") && file.has("weights") && file.has("concave"));
        CliRun sequenced = CliRun.of("sequence", "--session", SequenceCommandTest.WORKED_EXAMPLE.toString(), "--policy",
                policy.toString(), "--format", "json");
        assertEquals(0, sequenced.exitCode(), sequenced.err());
        assertEquals(1, world.stored.size());
        assertTrue(world.stored.get(0).runId().startsWith("tune-"));
        assertEquals(1.0, world.stored.get(0).metrics().get("feasible"));
    }

    @Test
    void anUnattainableTargetExitsOneWithTheClosestPointAndNoPolicyFile() {
        Path policy = dir.resolve("policy.json");
        CliRun r = run("--target", "exposure=+5000%", "--max-sat-loss", "0.5%", "--budget", "6", "--out",
                policy.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("INFEASIBLE"), r.out());
        assertTrue(r.out().contains("policy: {"), r.out());
        assertFalse(Files.exists(policy));
        assertTrue(r.err().contains("not written"), r.err());
        assertFalse(Files.exists(dir.resolve("mostra4j-demo")), "no report without --report when files are given");
    }

    @Test
    void reportWritesTheTuningRunBesideItsPageFeasibleOrNot() throws IOException {
        Path report = dir.resolve("tune-report");
        CliRun r = run("--target", "exposure=+5000%", "--budget", "6", "--report", report.toString(), "--format",
                "json");
        assertEquals(1, r.exitCode(), r.err());
        JsonNode printed = new ObjectMapper().readTree(r.out());
        JsonNode json = new ObjectMapper().readTree(report.resolve("tune.json").toFile());
        assertFalse(json.get("feasible").asBoolean());
        assertEquals(5000.0, json.get("targets").get("exposure").asDouble());
        assertTrue(json.get("maxSatLossPercent").isNull());
        assertEquals(printed.get("policy"), json.get("chosen").get("policy"));
        assertEquals(printed.get("test"), json.get("chosen").get("test"));
        assertEquals(printed.get("evaluations").asInt(), json.get("searched").size());
        String md = Files.readString(report.resolve("report.md"));
        assertTrue(md.contains("**Infeasible**") && md.contains("| exposure gain | ≥ +5000.0 % |"), md);
        assertTrue(Files.readString(report.resolve("report.html")).contains("id=\"tune-data\""));
        assertTrue(r.err().contains("report.html"), r.err());
    }

    @Test
    void theSameSeedChoosesTheSameSetting() {
        CliRun a = run("--target", "boost=+0%", "--budget", "8", "--seed", "3", "--format", "json");
        CliRun b = run("--target", "boost=+0%", "--budget", "8", "--seed", "3", "--format", "json");
        assertEquals(a.out().replaceAll("\"runId\" : \"[^\"]*\"", ""), b.out().replaceAll("\"runId\" : \"[^\"]*\"", ""));
    }

    @Test
    void badTargetsMethodsAndLimitsAreUsageErrorsBeforeAnyWork() throws java.io.IOException {
        // a policy file below a plain file can never be written
        Path notAFolder = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "");
        CliRun r = run("--target", "exposur=+30%", "--target", "boost=lots", "--method", "magic", "--max-sat-loss",
                "-1%", "--budget", "0", "--out", notAFolder.resolve("policy.json").toString(), "--report",
                notAFolder.toString());
        assertEquals(2, r.exitCode());
        for (String s : List.of("unknown objective 'exposur'", "boost=lots", "unknown method 'magic'",
                "--max-sat-loss", "--budget", "--out", "--report " + notAFolder + ": exists and is not a folder")) {
            assertTrue(r.err().contains(s), s + " not in: " + r.err());
        }
        assertFalse(world.closed, "nothing was opened");
    }

    @Test
    void registeredInTheMainCommandLine() {
        CliRun help = CliRun.of("tune", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--max-sat-loss") && help.out().contains("Examples"), help.out());
        assertTrue(help.out().contains("--report DIR") && help.out().contains("--report tune-report/"), help.out());
    }
}
