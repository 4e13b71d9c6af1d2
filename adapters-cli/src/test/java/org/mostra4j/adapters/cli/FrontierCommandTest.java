package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.report.FrontierReportWriter;
import org.mostra4j.adapters.report.ReportWriter;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import picocli.CommandLine;

/** {@code evaluate --frontier} over the tiny in-memory world writes the frontier report and stores the run. */
class FrontierCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheBudgetTablesTheJsonAndOnePlotPerObjective() throws IOException {
        Path db = StoreFixtures.emptyStore(dir.resolve("world.duckdb"));
        Path model = Files.writeString(dir.resolve("encoder.model"), "");
        TinyWorld world = new TinyWorld();
        Path out = dir.resolve("frontier");
        CommandLine cli = new CommandLine(new EvaluateCommand(world, ObjectiveCatalogue.builtIns(),
                ReportWriter.withJFreeChart(), new FrontierReportWriter(ReportWriter.withJFreeChart())));
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        cli.setOut(new PrintWriter(so, true));
        cli.setErr(new PrintWriter(se, true));
        int code = cli.execute("--frontier", "--db", db.toString(), "--model", model.toString(), "--world",
                dir.toString(), "--points", "6", "--k", "5", "--replicates", "20", "--budgets", "1,50", "--out",
                out.toString());
        assertEquals(0, code, se.toString());
        String md = Files.readString(out.resolve("frontier.md"));
        assertTrue(md.contains("## SAT-loss budget 1 %") && md.contains("## SAT-loss budget 50 %"), md);
        assertTrue(md.contains("Hypervolume reference point"), md);
        JsonNode json = new ObjectMapper().readTree(out.resolve("frontier.json").toFile());
        assertEquals(4, json.get("methods").size());
        assertEquals(2 * 4, json.get("budgets").size());
        assertEquals(30, json.get("validationSessions").asInt() + json.get("testSessions").asInt());
        for (String o : List.of("boost", "discovery", "exposure")) {
            assertTrue(Files.exists(out.resolve("frontier-" + o + ".png"))
                    || Files.exists(out.resolve("frontier-" + o + ".svg")), o + " plot missing: " + se);
        }
        assertTrue(world.stored.get(0).runId().startsWith("frontier-"));
    }

    @Test
    void unknownMethodsAndBadBudgetsAreUsageErrors() throws IOException {
        CliRun r = CliRun.of("evaluate", "--frontier", "--db", Files.writeString(dir.resolve("d"), "").toString(),
                "--model", Files.writeString(dir.resolve("m"), "").toString(), "--methods", "mostra,magic",
                "--budgets", "-1", "--points", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown method 'magic'") && r.err().contains("--budgets")
                && r.err().contains("--points"), r.err());
    }
}
