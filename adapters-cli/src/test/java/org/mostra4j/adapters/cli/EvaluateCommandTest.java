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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.report.FrontierReportWriter;
import org.mostra4j.adapters.report.ReportWriter;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import picocli.CommandLine;

/** The evaluate command end to end over a tiny in-memory world (store, encoder and oracle are fakes). */
class EvaluateCommandTest {
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

    private CliRun run(EvaluationBackend backend, String... flags) {
        List<String> args = new ArrayList<>(List.of(flags));
        if (!args.contains("--db")) {
            args.addAll(List.of("--db", db.toString()));
        }
        args.addAll(List.of("--model", model.toString(), "--replicates", "50"));
        CommandLine cli = new CommandLine(new EvaluateCommand(backend, ObjectiveCatalogue.builtIns(),
                ReportWriter.withJFreeChart(), new FrontierReportWriter(ReportWriter.withJFreeChart())));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("error: " + ex.getMessage());
            return ex instanceof UsageException ? 2 : 1;
        });
        int code = cli.execute(args.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void writesTheReportTheJsonAndOnePlotPerObjective() throws IOException {
        Path out = dir.resolve("report");
        CliRun r = run(world, "--out", out.toString(), "--world", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("sat-only"), r.out());
        assertTrue(r.out().contains("mostra-eps[epsilon=0.05]"), r.out());
        assertTrue(world.closed, "the backend is closed after the run");
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("position"), md);
        assertTrue(md.contains("## Trade-off"), md);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(30, json.get("sessions").asInt());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<script type=\"application/json\" id=\"report-data\">"), "report.html carries its data");
        assertTrue(html.contains("mostra-eps[epsilon=0.05]"), "report.html carries every policy");
        assertTrue(json.get("trueSat").asBoolean());
        assertEquals("sat-only", json.get("policies").get(0).get("policy").asText());
        for (String o : List.of("boost", "discovery", "exposure")) {
            assertTrue(Files.exists(out.resolve("tradeoff-" + o + ".png")) || Files.exists(out.resolve("tradeoff-" + o + ".svg")),
                    o + " plot missing: " + r.err());
            assertTrue(md.contains("tradeoff-" + o), md);
        }
    }

    @Test
    void withEmbeddingsEveryPolicyGetsGsInTheTableTheMarkdownAndTheJson() throws IOException {
        Path out = dir.resolve("report");
        Path embeddings = Files.createDirectory(dir.resolve("tracks-w2v"));
        CliRun r = run(world, "--out", out.toString(), "--embeddings", embeddings.toString(), "--sessions", "10",
                "--epsilons", "0,0.1", "--lambdas", "0.07");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("GS@10"), r.out());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("## Diversity (GS of the top k)"), md);
        assertTrue(md.contains("lower = more diverse"), md);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        for (JsonNode policy : json.get("policies")) {
            double gs = policy.get("metrics").get("gs").get("value").asDouble();
            assertTrue(gs >= 0 && gs <= 1, policy.toString());
        }
    }

    @Test
    void withoutEmbeddingsThereIsNoGs() throws IOException {
        Path out = dir.resolve("report");
        CliRun r = run(world, "--out", out.toString(), "--sessions", "10", "--epsilons", "0,0.1", "--lambdas", "0.07");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("GS@"), r.out());
        assertFalse(Files.readString(out.resolve("report.md")).contains("Diversity"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertTrue(json.get("policies").get(0).get("metrics").get("gs") == null, json.toString());
    }

    @Test
    void aFolderThatIsNoEmbeddingsModelIsAUsageError() throws IOException {
        EvaluationBackend realLoader = world::open;
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun r = run(realLoader, "--embeddings", empty.toString(), "--sessions", "3");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--embeddings: " + empty + ": not an embeddings model"), r.err());
        CliRun missing = run(world, "--embeddings", dir.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("--embeddings " + dir.resolve("nowhere") + ": no such folder"), missing.err());
    }

    @Test
    void theSameSeedGivesTheSameReport() throws IOException {
        run(world, "--out", dir.resolve("a").toString(), "--seed", "3", "--world", dir.toString());
        run(new TinyWorld(), "--out", dir.resolve("b").toString(), "--seed", "3", "--world", dir.toString());
        assertEquals(Files.readString(dir.resolve("a/report.json")), Files.readString(dir.resolve("b/report.json")));
        assertEquals(Files.readString(dir.resolve("a/report.md")), Files.readString(dir.resolve("b/report.md")));
    }

    @Test
    void jsonFormatPrintsTheMachineReadableReport() throws IOException {
        CliRun r = run(world, "--format", "json", "--sessions", "5", "--epsilons", "0,0.1", "--lambdas", "0.07");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(5, json.get("sessions").asInt());
        assertTrue(json.get("tradeOff").get("curves").has("exposure"));
        JsonNode heldOut = new ObjectMapper().readTree(run(world, "--format", "json", "--skip", "25").out());
        assertEquals(5, heldOut.get("sessions").asInt());
    }

    @Test
    void withoutAWorldThereIsNoTrueSat() throws IOException {
        CliRun r = run(world, "--format", "json", "--sessions", "3");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertFalse(json.get("trueSat").asBoolean());
        assertFalse(json.get("policies").get(0).get("metrics").has("sat_true"));
        assertEquals("sat_predicted", json.get("tradeOff").get("satMetric").asText());
    }

    @Test
    void aModelWithASequenceHeadAddsMostraSeqAtBothBeamsUnlessSwitchedOff() {
        world.head = Optional.of(new org.mostra4j.domain.search.LinearPrefixHead(
                List.of(org.mostra4j.domain.catalog.ObjectiveId.DISCOVERY), List.of(0.0, -0.1, 0.0, -1.0, 0.0, 0.0)));
        CliRun r = run(world, "--world", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String p : List.of("mostra-seq[epsilon=0.05]", "mostra-seq-b1[epsilon=0.05]",
                "mostra-seq-lambda[lambda=0.07]", "mostra-seq-lambda-b1[lambda=0.07]")) {
            assertTrue(r.out().contains(p), p + " in " + r.out());
        }
        CliRun off = run(world, "--world", dir.toString(), "--no-sequence-aware");
        assertEquals(0, off.exitCode(), off.err());
        assertFalse(off.out().contains("mostra-seq"), off.out());
    }

    @Test
    void askingForMostraSeqWithAModelWithoutAHeadIsAUsageError() {
        CliRun r = run(world, "--sequence-aware");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--sequence-aware") && r.err().contains("has no sequence head"), r.err());
        assertFalse(run(world).out().contains("mostra-seq"), "no head, no mostra-seq by default");
    }

    @Test
    void progressIsPlainLinesOnStandardErrorWithoutAConsole() {
        CliRun r = run(world, "--sessions", "10");
        assertTrue(r.err().contains("evaluate: 10/10 sessions (100%)"), r.err());
    }

    @Test
    void badFlagsAreUsageErrorsNamingEachProblem() {
        CliRun r = run(world, "--epsilons", "0,2", "--k", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--epsilons: each must be in [0,1], was 2.0"), r.err());
        assertTrue(r.err().contains("--k: must be >= 1, was 0"), r.err());
        Path missing = dir.resolve("nope.duckdb");
        CliRun m = run(world, "--db", missing.toString());
        assertEquals(2, m.exitCode());
        assertTrue(m.err().contains("nope.duckdb: no such file"), m.err());
        assertFalse(m.err().contains("\tat "), "no stack trace: " + m.err());
    }

    @Test
    void anUnwiredBuildSaysWhatIsMissing() {
        CliRun r = run(new EvaluationBackend.Unwired());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("needs the DuckDB store and the encoder adapters"), r.err());
    }

    @Test
    void registeredInTheMainCommandLine() {
        CliRun r = CliRun.of("evaluate", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--epsilons"), r.out());
    }
}
