package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.in.TrainEncoderUseCase;
import org.mostra4j.application.port.out.TrainingReport;
import picocli.CommandLine;

/** The train command against a fake use case: flags reach the spec, JSON output, exit codes 0/1/2. */
class TrainCommandTest {
    final List<TrainEncoderUseCase.Command> seen = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    @TempDir
    Path tmp;
    String db;
    String model;

    @BeforeEach
    void files() {
        db = StoreFixtures.emptyStore(tmp.resolve("x.duckdb")).toString();
        model = tmp.resolve("m.model").toString();
    }

    private int run(TrainEncoderUseCase useCase, String... args) {
        CommandLine cli = new CommandLine(new TrainCommand(db -> Either.right(useCase)));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("error: " + ex.getMessage());
            return ex instanceof UsageException ? 2 : 1;
        });
        return cli.execute(args);
    }

    private TrainEncoderUseCase fake() {
        return c -> {
            seen.add(c);
            System.out.println("Added differentiated op noise");
            TrainingReport.EpochMetrics m = new TrainingReport.EpochMetrics(1, 0.5, 0.75, 0.55);
            c.progress().accept(m);
            return Either.right(new TrainingReport(0.75, 0.55, 1, 1234.5, 80, 20, List.of(m)));
        };
    }

    @Test
    void passesTheFlagsAndPrintsTheFinalMetricsAsJson() {
        int code = run(fake(), "--db", db, "--model", model, "--epochs", "3", "--d-model", "16",
                "--heads", "2", "--blocks", "1", "--seed", "9", "--baseline", "mlp", "--format", "json");
        assertEquals(0, code, err.toString());
        assertEquals("{\"validationAuc\":0.750000,\"validationLogLoss\":0.550000,\"epochs\":1,"
                + "\"sessionsPerSecond\":1234.500000}", out.toString().strip());
        TrainEncoderUseCase.Command c = seen.get(0);
        assertTrue(c.spec().baseline());
        assertEquals(16, c.spec().dModel());
        assertEquals(3, c.spec().epochs());
        assertEquals(9L, c.spec().seed());
        assertTrue(err.toString().contains("epoch 1: loss 0.5000  val-AUC 0.7500"), err.toString());
        assertEquals(0, c.spec().inducingPoints(), "SAB blocks unless asked");
    }

    @Test
    void inducingPointsReachTheSpec() {
        assertEquals(0, run(fake(), "--db", db, "--model", model, "--inducing-points", "16"), err.toString());
        assertEquals(16, seen.get(0).spec().inducingPoints());
        assertTrue(!seen.get(0).spec().baseline());
    }

    @Test
    void inducingPointsOnTheMlpBaselineOrBelowZeroAreUsageErrors() {
        assertEquals(2, run(fake(), "--db", db, "--model", model, "--inducing-points", "4", "--baseline", "mlp"));
        assertTrue(err.toString().contains("--inducing-points"), err.toString());
        assertEquals(2, run(fake(), "--db", db, "--model", model, "--inducing-points", "-1"));
        assertTrue(err.toString().contains("inducingPoints"), err.toString());
        assertTrue(seen.isEmpty());
    }

    @Test
    void libraryPrintsOnSystemOutDoNotReachTheJsonOnStdout() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(stdout, true));
        int code;
        try {
            CommandLine cli = new CommandLine(new TrainCommand(db -> Either.right(fake())));
            cli.setErr(new PrintWriter(err));
            code = cli.execute("--db", db, "--model", model, "--format", "json");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code, err.toString());
        assertTrue(stdout.toString().strip().startsWith("{\"validationAuc\":0.75"), stdout.toString());
        assertEquals(1, stdout.toString().strip().lines().count(), stdout.toString());
    }

    @Test
    void headsThatDoNotDivideTheWidthAreAUsageError() {
        assertEquals(2, run(fake(), "--db", db, "--model", model, "--d-model", "10", "--heads", "4"));
        assertTrue(err.toString().contains("heads"), err.toString());
        assertTrue(seen.isEmpty());
    }

    @Test
    void aMissingStoreOrAnUnwritableModelPathIsAUsageErrorBeforeTraining() throws java.io.IOException {
        assertEquals(2, run(fake(), "--db", tmp.resolve("none.duckdb").toString(), "--model", model));
        assertTrue(err.toString().contains("none.duckdb: no such file"), err.toString());
        Path notAFolder = java.nio.file.Files.writeString(tmp.resolve("file"), "x");
        assertEquals(2, run(fake(), "--db", db, "--model", notAFolder.resolve("m.model").toString()));
        assertTrue(err.toString().contains("--model " + notAFolder.resolve("m.model") + ": cannot be created: "
                + notAFolder + " is not a folder"), err.toString());
        assertEquals(2, run(fake(), "--db", db, "--model", tmp.toString()));
        assertTrue(err.toString().contains("is a directory"), err.toString());
        assertTrue(seen.isEmpty(), "no training started");
        assertTrue(!java.nio.file.Files.exists(tmp.resolve("none.duckdb")), "no store created");
    }

    @Test
    void aFailedTrainingExitsWithOneAndTheReason() {
        assertEquals(1, run(c -> Either.left("no labelled sessions"), "--db", db, "--model", model));
        assertTrue(err.toString().contains("train: no labelled sessions"), err.toString());
    }
}
