package org.mostra4j.adapters.cli;

import com.google.inject.Injector;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.cli.bootstrap.Installation;
import org.mostra4j.adapters.persistence.exporting.CsvToParquet;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.service.ScoreSessionsService;
import org.mostra4j.domain.evaluation.EvaluationCandidate;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.session.LoggedSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Predicted satisfaction of every stored logged candidate, as a table users can compute their own metrics on. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Predicted satisfaction of every logged candidate: the encoder over the whole logged set, with"
                + " the objective labels of the session date (what evaluate and the sequencer use). Columns:"
                + " session_id, track_id, relevance, sat (logged; empty when unknown), sessions by id, candidates in"
                + " logged order. The same rows as `./mostra4j spark score`. Sessions without candidates or with a"
                + " track logged twice are left out."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j score --db sim.duckdb --model encoder.model --out scores.parquet",
                "  ./mostra4j score --db sim.duckdb --model encoder.model --out scores.csv --sessions 1000"})
final class ScoreCommand implements Callable<Integer> {
    private static final int CHUNK = EvaluatePoliciesUseCase.Command.DEFAULT_CHUNK;
    @Spec
    CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store holding the sessions.")
    Path db;
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The trained encoder model.")
    Path model;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file: .csv or .parquet"
            + " (written to a temporary file beside it and moved into place at the end).")
    Path out;
    @Option(names = "--sessions", paramLabel = "N", defaultValue = "0", description = "Only the first N sessions by id"
            + " (after --skip; default all).")
    long sessions;
    @Option(names = "--skip", paramLabel = "M", defaultValue = "0", description = "Leave out the first M sessions by"
            + " id (default ${DEFAULT-VALUE}).")
    long skip;

    @Override
    public Integer call() throws IOException {
        String name = out.getFileName().toString();
        boolean parquet = name.endsWith(".parquet");
        if (!parquet && !name.endsWith(".csv")) {
            throw new UsageException("--out: must end in .csv or .parquet, was " + out);
        }
        if (sessions < 0 || skip < 0) {
            throw new UsageException("--sessions and --skip must be >= 0");
        }
        if (!Files.isRegularFile(db)) {
            throw new UsageException(db + ": no such store file");
        }
        Injector injector = Installation.openWithFactsInMemory(Optional.of(db), Optional.of(model));
        ScoreSessionsService score = injector.getInstance(ScoreSessionsService.class);
        LoadSessionsPort store = injector.getInstance(LoadSessionsPort.class);
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path csv = Files.createTempFile(dir, "." + name, ".csv.part");
        Path part = parquet ? Files.createTempFile(dir, "." + name, ".part") : csv;
        long[] counts = new long[3];
        try {
            try (BufferedWriter w = Files.newBufferedWriter(csv)) {
                w.write("session_id,track_id,relevance,sat\n");
                long limit = sessions > 0 ? skip + sessions : 0;
                store.stream(limit, CHUNK, chunk -> write(w, score, heldOut(chunk, counts), counts));
            }
            if (parquet) {
                LinkedHashMap<String, String> types = new LinkedHashMap<>();
                types.put("session_id", "VARCHAR");
                types.put("track_id", "VARCHAR");
                types.put("relevance", "DOUBLE");
                types.put("sat", "INTEGER");
                Files.delete(part);
                CsvToParquet.convert(csv, part, types);
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(part);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!Verbosity.quiet()) {
            err.printf("scored %d candidates of %d sessions into %s%s%n", counts[1], counts[0], out,
                    counts[2] > 0 ? " (" + counts[2] + " sessions skipped: no candidates or a track logged twice)" : "");
        }
        return 0;
    }

    /** The part of a chunk after the first --skip sessions of the stream. */
    private java.util.List<LoggedSession> heldOut(java.util.List<LoggedSession> chunk, long[] counts) {
        int drop = (int) Math.max(0, Math.min(chunk.size(), skip - passed));
        passed += chunk.size();
        return chunk.subList(drop, chunk.size());
    }

    private long passed;

    private static void write(BufferedWriter w, ScoreSessionsService score, java.util.List<LoggedSession> chunk,
            long[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        java.util.List<EvaluationSession> joined = score.score(chunk)
                .getOrElseThrow(e -> new UsageException(e.message()));
        counts[0] += joined.size();
        counts[2] += chunk.size() - joined.size();
        try {
            StringBuilder sb = new StringBuilder();
            for (EvaluationSession s : joined) {
                for (EvaluationCandidate c : s.candidates()) {
                    sb.setLength(0);
                    sb.append(Csv.field(s.id().value())).append(',').append(Csv.field(c.track().value())).append(',')
                            .append(c.relevance().value()).append(',')
                            .append(c.loggedSat().map(b -> b ? "1" : "0").orElse("")).append('\n');
                    w.write(sb.toString());
                    counts[1]++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** CSV quoting for ids that hold a comma, quote or line break. */
    private static final class Csv {
        static String field(String v) {
            boolean plain = v.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
            return plain ? v : '"' + v.replace("\"", "\"\"") + '"';
        }
    }
}
