package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.in.GsScoreUseCase;
import org.mostra4j.application.port.in.TrainEmbeddingsUseCase;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.GsDistribution;
import org.mostra4j.domain.diversity.GsScore;
import picocli.CommandLine;

/** The embed and gs-score commands against in-memory use cases: options, exit codes, output. */
class GsCommandsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path db() {
        return StoreFixtures.emptyStore(dir.resolve("store.duckdb"));
    }

    private String embeddings() {
        return StoreFixtures.embeddings(dir.resolve("m")).toString();
    }

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("error: " + ex.getMessage());
            return ex instanceof UsageException ? 2 : 1;
        });
        return cli.execute(args);
    }

    private EmbedCommand embed(TrainEmbeddingsUseCase useCase) {
        return new EmbedCommand(db -> useCase);
    }

    private GsScoreCommand gs(GsScoreUseCase useCase) {
        return new GsScoreCommand(db -> useCase);
    }

    @Test
    void embedPassesTheKnobsAndReportsTheManifest() throws IOException {
        Path db = db();
        TrainEmbeddingsUseCase fake = c -> Either.right(new EmbeddingsManifest(c.settings(), 7, 3, 21, "a".repeat(64)));
        int code = run(embed(fake), "--db", db.toString(), "--out", dir.resolve("m").toString(), "--dim", "16",
                "--epochs", "2", "--seed", "5");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("7 track vectors of dimension 16 from 3 sentences (21 tokens), 2 epochs, seed 5"),
                out.toString());
    }

    @Test
    void embedRejectsBadKnobsWithExitTwoAndNamesEveryProblem() throws IOException {
        Path db = db();
        int code = run(embed(c -> Either.left("not reached")), "--db", db.toString(), "--out", "m", "--dim", "0",
                "--epochs", "0");
        assertEquals(2, code);
        assertTrue(err.toString().contains("dim must be") && err.toString().contains("epochs must be"), err.toString());
    }

    @Test
    void embedReportsAMissingDatabaseAsUsageError() {
        assertEquals(2, run(embed(c -> Either.left("not reached")), "--db", dir.resolve("none").toString(), "--out", "m"));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }

    @Test
    void embedFailureExitsOneWithTheReason() throws IOException {
        Path db = db();
        assertEquals(1, run(embed(c -> Either.left("no listening sentences")), "--db", db.toString(), "--out", "m"));
        assertTrue(err.toString().contains("embed: no listening sentences"));
    }

    @Test
    void gsScorePrintsTheDistributionAndWritesPerUserCsv() throws IOException {
        Path db = db();
        Path csv = dir.resolve("gs.csv");
        GsScoreUseCase fake = c -> {
            c.sink().accept(new GsScoreUseCase.UserGs(UserId.of("u,1"), new GsScore(0.25), 6, 30));
            c.sink().accept(new GsScoreUseCase.UserGs(UserId.of("u2"), new GsScore(0.75), 9, 40));
            return Either.right(new GsScoreUseCase.Summary(3, GsDistribution.of(new double[] {0.25, 0.75})));
        };
        int code = run(gs(fake), "--db", db.toString(), "--embeddings", embeddings(), "--window-days", "30", "--out",
                csv.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("3 users, 2 scored, 1 with too little activity"), out.toString());
        assertTrue(out.toString().contains("p50 0.5000"), out.toString());
        assertEquals(List.of("user_id,gs,tracks,streams", "\"u,1\",0.250000,6,30", "u2,0.750000,9,40"),
                Files.readAllLines(csv));
    }

    @Test
    void helpShowsARunnableExample() {
        assertTrue(new CommandLine(embed(c -> Either.left("x"))).getUsageMessage().contains("./mostra4j embed --db"));
        assertTrue(new CommandLine(gs(c -> Either.left("x"))).getUsageMessage().contains("./mostra4j gs-score --db"));
    }

    @Test
    void gsScoreRejectsANegativeWindow() throws IOException {
        Path db = db();
        assertEquals(2, run(gs(c -> Either.left("not reached")), "--db", db.toString(), "--embeddings", "m",
                "--window-days", "-1"));
    }

    @Test
    void gsScoreFailureExitsOne() throws IOException {
        Path db = db();
        assertEquals(1, run(gs(c -> Either.left("scoring failed")), "--db", db.toString(), "--embeddings", embeddings()));
        assertTrue(err.toString().contains("scoring failed"));
    }

    @Test
    void gsScoreWithAMissingOrForeignEmbeddingsFolderIsAUsageErrorAndWritesNoCsv() throws IOException {
        Path db = db();
        Path csv = dir.resolve("gs.csv");
        assertEquals(2, run(gs(c -> Either.left("not reached")), "--db", db.toString(), "--embeddings",
                dir.resolve("nowhere").toString(), "--out", csv.toString()));
        assertTrue(err.toString().contains("--embeddings " + dir.resolve("nowhere") + ": no such folder"), err.toString());
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(2, run(gs(c -> Either.left("not reached")), "--db", db.toString(), "--embeddings", empty.toString()));
        assertTrue(err.toString().contains("not an embeddings model"), err.toString());
        assertFalse(Files.exists(csv), "no CSV before the work");
    }

    @Test
    void aFailedScoringLeavesNoPartialCsv() throws IOException {
        Path csv = dir.resolve("gs.csv");
        GsScoreUseCase halfway = c -> {
            c.sink().accept(new GsScoreUseCase.UserGs(UserId.of("u1"), new GsScore(0.25), 6, 30));
            return Either.left("the store went away");
        };
        assertEquals(1, run(gs(halfway), "--db", db().toString(), "--embeddings", embeddings(), "--out", csv.toString()));
        assertFalse(Files.exists(csv), "no partial CSV");
        assertFalse(Files.exists(dir.resolve("gs.csv.part")), "no part file left");
    }
}
