package org.mostra4j.adapters.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import com.google.inject.Guice;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.report.ReportWriter;
import org.mostra4j.application.MostraModule;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.service.EvaluatePoliciesService;
import org.mostra4j.adapters.ml.embedding.TrackVectorsFile;
import org.mostra4j.adapters.simulation.SimulatedOutcomeOracle;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.persistence.DuckDbCatalogAdapter;
import org.mostra4j.adapters.persistence.DuckDbObjectiveFactsAdapter;
import org.mostra4j.adapters.persistence.DuckDbSessionStoreAdapter;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.MssdImporter;
import org.mostra4j.application.service.ScoreSessionsService;
import org.mostra4j.application.service.SequenceSessionService;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.evaluation.EvaluationCandidate;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.policy.StandardPolicies;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ScorerCatalogue;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Session;

/**
 * The Spark jobs against the single-machine path on one small simulated world: the same rows for score and
 * sequence, the same report for evaluate; and bad input refused with exit 2, naming file and column, with
 * no output folder left. Real Spark local[2] (one session for the class), a real DuckDB store.
 */
class SparkJobsTest {
    static final Path ROOT = Path.of("target", "spark-test").toAbsolutePath();
    static SparkSession spark;
    static SmallWorld world;
    static ObjectiveCatalogue objectives;
    static ScorerCatalogue scorers;

    @BeforeAll
    static void start() throws IOException {
        // surefire points java.io.tmpdir into target/; on a clean build nothing has made it yet, and DuckDB
        // unpacks its native library there
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        deleteTree(ROOT);
        Files.createDirectories(ROOT);
        world = SmallWorld.create(ROOT);
        spark = SparkSession.builder().master("local[2]").appName("mostra4j-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.warehouse.dir", ROOT.resolve("warehouse").toString())
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        var injector = Guice.createInjector(new MostraModule());
        objectives = injector.getInstance(ObjectiveCatalogue.class);
        scorers = injector.getInstance(ScorerCatalogue.class);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sparkScoreEqualsTheSingleMachineScore() {
        Path out = ROOT.resolve("out/score");
        Result r = run("score", "--input", world.parquet.toString(), "--model", world.model.toString(), "--out",
                out.toString());
        assertEquals(0, r.code, r.err);
        List<String> spark = sorted(rows(out), row -> row.getString(0) + "|" + row.getString(1) + "|"
                + row.getDouble(2) + "|" + (row.isNullAt(3) ? "" : row.getInt(3)));
        List<String> single = new ArrayList<>();
        try (SmallWorld.Store store = new SmallWorld.Store(world)) {
            ScoreSessionsService score = new ScoreSessionsService(store.catalog, store.facts, objectives, store.encoder);
            store.sessions.stream(0, 16, chunk -> {
                for (EvaluationSession s : score.score(chunk).get()) {
                    for (EvaluationCandidate c : s.candidates()) {
                        single.add(s.id().value() + "|" + c.track().value() + "|" + c.relevance().value() + "|"
                                + c.loggedSat().map(b -> b ? "1" : "0").orElse(""));
                    }
                }
            });
        }
        single.sort(null);
        assertTrue(single.size() > 500, "the world has candidates: " + single.size());
        assertEquals(single, spark);
    }

    @Test
    void sparkSequenceEqualsSequenceWithTheStorePerSession() {
        Path out = ROOT.resolve("out/sequence");
        Result r = run("sequence", "--input", world.parquet.toString(), "--model", world.model.toString(),
                "--epsilon", "0.1", "--weight", "exposure=2", "--beam", "3", "--length", "8", "--format", "csv",
                "--out", out.toString());
        assertEquals(0, r.code, r.err);
        Map<String, List<String>> spark = new TreeMap<>();
        for (Row row : spark().read().option("header", "true").csv(out.toString()).collectAsList()) {
            spark.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(Integer.parseInt(row.getString(1))
                    + "|" + row.getString(2) + "|" + Double.parseDouble(row.getString(3)) + "|"
                    + Double.parseDouble(row.getString(4)) + "|" + Double.parseDouble(row.getString(5)) + "|"
                    + (row.isNullAt(6) ? "" : row.getString(6)));
        }
        spark.values().forEach(l -> l.sort((a, b) -> Integer.compare(Integer.parseInt(a.split("\\|")[0]),
                Integer.parseInt(b.split("\\|")[0]))));
        SequencingPolicy policy = new org.mostra4j.application.port.in.PolicySpec(0.1, null,
                Map.of("exposure", 2.0), null, 3, 8, null).resolve().get();
        Map<String, List<String>> single = new TreeMap<>();
        try (SmallWorld.Store store = new SmallWorld.Store(world)) {
            SequenceSessionService useCase = new SequenceSessionService(objectives, scorers, store.encoder, store.facts);
            store.sessions.stream(0, 16, chunk -> {
                for (LoggedSession logged : chunk) {
                    Session asked = asked(logged, store.catalog.tracks(logged.candidates().stream()
                            .map(LoggedCandidate::track).toList()));
                    var result = useCase.sequence(new SequenceSessionUseCase.Command(asked, policy));
                    if (result.isLeft()) {
                        continue;
                    }
                    List<String> lines = new ArrayList<>();
                    for (Placement p : result.get().placements()) {
                        lines.add(p.position() + "|" + p.track().value() + "|" + p.relevance() + "|" + p.gain() + "|"
                                + p.score() + "|" + p.objectives().stream().map(ObjectiveId::value).sorted()
                                        .collect(Collectors.joining(",")));
                    }
                    single.put(logged.id().value(), lines);
                }
            });
        }
        assertTrue(single.size() > 50, "sessions sequenced: " + single.size());
        assertEquals(single.keySet(), spark.keySet());
        single.forEach((session, lines) -> assertEquals(lines, spark.get(session), session));
        Set<String> served = new TreeSet<>();
        spark.values().forEach(l -> l.forEach(x -> served.add(x.substring(x.lastIndexOf('|') + 1))));
        assertTrue(served.stream().anyMatch(s -> !s.isEmpty()), "some placement serves an objective: " + served);
    }

    @Test
    void sparkEvaluateReproducesEvaluatesReport() throws IOException {
        Path out = ROOT.resolve("out/report");
        Result r = run("evaluate", "--input", world.parquet.toString(), "--model", world.model.toString(),
                "--epsilons", "0,0.05,0.2", "--lambdas", "0,0.07", "--replicates", "50", "--seed", "5",
                "--partitions", "3", "--skip", "10", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        EvaluationReport single;
        try (SmallWorld.Store store = new SmallWorld.Store(world)) {
            EvaluatePoliciesService service = new EvaluatePoliciesService(store.sessions, store.catalog, store.facts,
                    objectives, store.encoder, java.util.Optional.empty());
            var policies = StandardPolicies.of(SequencingPolicy.defaults().withLength(10), List.of(0.0, 0.05, 0.2),
                    List.of(0.0, 0.07), List.copyOf(objectives.ids()), 5);
            single = service.evaluate(new EvaluatePoliciesUseCase.Command(policies, 10, 0, 16, 50, 5, p -> { }, 10))
                    .get();
        }
        ReportWriter writer = ReportWriter.withJFreeChart();
        assertEquals(writer.table(single), r.out, "the same main table");
        Path singleOut = ROOT.resolve("out/report-single");
        writer.write(single, singleOut);
        assertEquals(Files.readString(singleOut.resolve("report.md")), Files.readString(out.resolve("report.md")),
                "the same report.md");
        assertEquals(figures(writer.json(single)), figures(Files.readString(out.resolve("report.json"))),
                "every figure of report.json");
        assertTrue(single.sessions() > 50 && single.notes().stream().anyMatch(n -> n.contains("after the first 10")));
    }

    @Test
    void sparkEvaluateWithTheWorldsOracleAndEmbeddingsReproducesEvaluate() throws IOException {
        Path out = ROOT.resolve("out/report-world");
        Result r = run("evaluate", "--input", world.parquet.toString(), "--model", world.model.toString(),
                "--world", world.simulated.toString(), "--embeddings", world.embeddings.toString(),
                "--epsilons", "0,0.1", "--lambdas", "0,0.07", "--replicates", "40", "--seed", "9",
                "--partitions", "3", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        EvaluationReport single;
        try (SmallWorld.Store store = new SmallWorld.Store(world)) {
            var oracle = SimulatedOutcomeOracle.open(world.simulated).get();
            EvaluatePoliciesService service = new EvaluatePoliciesService(store.sessions, store.catalog, store.facts,
                    objectives, store.encoder, java.util.Optional.of(oracle));
            var policies = StandardPolicies.of(SequencingPolicy.defaults().withLength(10), List.of(0.0, 0.1),
                    List.of(0.0, 0.07), List.copyOf(objectives.ids()), 9);
            var vectors = new TrackVectorsFile().load(world.embeddings).get();
            single = service.evaluate(new EvaluatePoliciesUseCase.Command(policies, 10, 0, 16, 40, 9, p -> { }, 0)
                    .withVectors(vectors)).get();
        }
        assertTrue(single.trueSat(), "the single-machine report has true SAT");
        assertTrue(single.notes().stream().anyMatch(n -> n.startsWith("True-SAT terms")), "and the terms note");
        assertTrue(single.notes().stream().anyMatch(n -> n.startsWith("Diversity (GS@10)")), "and GS@k");
        ReportWriter writer = ReportWriter.withJFreeChart();
        assertEquals(writer.table(single), r.out, "the same main table");
        Path singleOut = ROOT.resolve("out/report-world-single");
        writer.write(single, singleOut);
        assertEquals(Files.readString(singleOut.resolve("report.md")), Files.readString(out.resolve("report.md")),
                "the same report.md");
        assertEquals(figures(writer.json(single)), figures(Files.readString(out.resolve("report.json"))),
                "every figure of report.json");
    }

    @Test
    void aWorldFolderWithoutItsConfigurationAndSequenceAwareWithoutAHeadAreRefused() {
        Path out = ROOT.resolve("out/report-bad-world");
        Result r = run("evaluate", "--input", world.parquet.toString(), "--model", world.model.toString(),
                "--world", world.parquet.toString(), "--out", out.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("simulation.yaml"), r.err);
        Result s = run("evaluate", "--input", world.parquet.toString(), "--model", world.model.toString(),
                "--sequence-aware", "--out", out.toString());
        assertEquals(2, s.code, s.err);
        assertTrue(s.err.contains("no sequence head"), s.err);
        assertFalse(Files.exists(out), "no output folder");
    }

    /**
     * MSSD logs read directly equal {@code import mssd} + {@code score}: two part files (the hand-written
     * fixture of the importer's tests, with replays, a subset session, True/False and 15-07-18; and a gzip'd
     * part with its columns in another order, 1/0 booleans and a column outside the format), two features
     * files (proxy emerging artists below the 10 % popularity percentile).
     */
    @Test
    void sparkScoreOnMssdLogsEqualsImportMssdThenScore() throws IOException {
        Path logs = mssdLogs("mssd-logs");
        Path features = ROOT.resolve("mssd-features");
        Files.createDirectories(features);
        for (String f : List.of("tf_000000000000.csv", "tf_000000000001.csv")) {
            Files.copy(resource("mssd/" + f), features.resolve(f));
        }
        Path out = ROOT.resolve("out/score-mssd");
        Result r = run("score", "--input", logs.toString(), "--features", features.toString(), "--model",
                world.model.toString(), "--partitions", "3", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        List<String> spark = sorted(rows(out), row -> row.getString(0) + "|" + row.getString(1) + "|"
                + row.getDouble(2) + "|" + (row.isNullAt(3) ? "" : row.getInt(3)));
        List<String> single = new ArrayList<>();
        Path db = ROOT.resolve("mssd.duckdb");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db))) {
            new MssdImporter(store).importLogs(List.of(logs), new MssdImporter.Extras(List.of(features),
                    java.util.Optional.empty(), 0.10), ImportOptions.strict()).get();
        }
        try (DuckDbStore store = DuckDbStore.openReadOnly(StoreOptions.at(db))) {
            var catalog = new DuckDbCatalogAdapter(store);
            var facts = new DuckDbObjectiveFactsAdapter(store);
            var encoder = new ModelRelevanceEncoder(world.encoder, java.util.Optional.of(catalog),
                    java.util.Optional.of(facts));
            ScoreSessionsService score = new ScoreSessionsService(catalog, facts, objectives, encoder);
            new DuckDbSessionStoreAdapter(store).stream(0, 16, chunk -> {
                for (EvaluationSession s : score.score(chunk).get()) {
                    for (EvaluationCandidate c : s.candidates()) {
                        single.add(s.id().value() + "|" + c.track().value() + "|" + c.relevance().value() + "|"
                                + c.loggedSat().map(b -> b ? "1" : "0").orElse(""));
                    }
                }
            });
        }
        single.sort(null);
        assertEquals(14, single.size(), "13 + 4 plays, 3 replays folded: " + single);
        assertEquals(single, spark);
    }

    /**
     * evaluate's data note on MSSD logs read directly: no candidate has an artist and every session has its own
     * proxy listener without history, so Discovery cannot be measured — counted over all three partitions (the
     * four sessions of {@link #mssdLogs}: 6 + 4 + 3 + 4 plays, 3 replays folded, 14 candidates).
     */
    @Test
    void sparkEvaluateOnMssdLogsSaysDiscoveryIsNotMeasurable() throws IOException {
        Path logs = mssdLogs("mssd-logs-evaluate");
        Path out = ROOT.resolve("out/evaluate-mssd");
        Result r = run("evaluate", "--input", logs.toString(), "--model", world.model.toString(), "--epsilons",
                "0.05", "--lambdas", "0", "--replicates", "5", "--partitions", "3", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(Files.readString(out.resolve("report.md")).contains("Discovery: not measurable on this data: 14 of"
                + " 14 candidates (100%) have no artist (the log carries no artist ids, as MSSD does), and 0 of 4"
                + " sessions have a listener with history before them (MSSD has one proxy user per session); its rows"
                + " measure 'new within the session' at most."), Files.readString(out.resolve("report.md")));
    }

    @Test
    void mssdLogsWithoutARequiredColumnOrWithABadValueAreRefusedNamingFileAndColumn() throws IOException {
        Path missing = ROOT.resolve("mssd-missing");
        Files.createDirectories(missing);
        List<String> lines = Files.readAllLines(resource("mssd/log_0_20180715_000000000000.csv"));
        Files.write(missing.resolve("log_a.csv"), lines.stream().map(l -> dropColumn(l, 7)).toList());
        Path out = ROOT.resolve("out/score-mssd-missing");
        Result r = run("score", "--input", missing.toString(), "--model", world.model.toString(), "--out",
                out.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("log_a.csv") && r.err.contains("'not_skipped' is missing"), r.err);
        assertFalse(Files.exists(out), "no output folder");
        Path bad = ROOT.resolve("mssd-bad");
        Files.createDirectories(bad);
        List<String> badLines = new ArrayList<>(lines);
        badLines.set(3, badLines.get(3).replace(",true,0,1,", ",maybe,0,1,"));
        Files.write(bad.resolve("log_b.csv"), badLines);
        Result b = run("score", "--input", bad.toString(), "--model", world.model.toString(), "--out", out.toString());
        assertEquals(2, b.code, b.err);
        assertTrue(b.err.contains("log_b.csv") && b.err.contains("'not_skipped'") && b.err.contains("'maybe'"), b.err);
        assertFalse(Files.exists(out), "no output folder");
    }

    /** The importer's fixture part, and a gzip'd part in another column order with 1/0 and an unknown column. */
    private static Path mssdLogs(String name) throws IOException {
        Path logs = ROOT.resolve(name);
        Files.createDirectories(logs);
        Files.copy(resource("mssd/log_0_20180715_000000000000.csv"), logs.resolve("log_0_20180715_000000000000.csv"));
        String part = String.join("\n",
                "skip_prediction,date,context_type,track_id_clean,not_skipped,session_length,session_position,session_id",
                "0.3,2018-07-16,catalog,t_5d2c8e1a-0b3f-4c6d-8e9f-1a2b3c4d5e07,1,4,1,0_0d000000-0000-0000-0000-0000000000d4",
                "0.1,2018-07-16,catalog,t_5d2c8e1a-0b3f-4c6d-8e9f-1a2b3c4d5e05,0,4,2,0_0d000000-0000-0000-0000-0000000000d4",
                "0.9,2018-07-16,catalog,t_5d2c8e1a-0b3f-4c6d-8e9f-1a2b3c4d5e06,1,4,3,0_0d000000-0000-0000-0000-0000000000d4",
                "0.5,2018-07-16,catalog,t_5d2c8e1a-0b3f-4c6d-8e9f-1a2b3c4d5e01,0,4,4,0_0d000000-0000-0000-0000-0000000000d4",
                "");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(logs.resolve(
                "log_0_20180716_000000000000.csv.gz")))) {
            gz.write(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return logs;
    }

    private static String dropColumn(String line, int index) {
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        cells.remove(index);
        return String.join(",", cells);
    }

    private static Path resource(String name) {
        try {
            return Path.of(SparkJobsTest.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every number rounded to 12 significant digits: the merge only reorders floating-point additions. */
    static String figures(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?[0-9]+\\.[0-9]+(E-?[0-9]+)?").matcher(json);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, new java.math.BigDecimal(m.group()).round(new java.math.MathContext(12))
                    .stripTrailingZeros().toPlainString());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Test
    void aMissingColumnIsRefusedNamingFileAndColumnAndNothingIsWritten() {
        Path bad = ROOT.resolve("bad-missing");
        copyWith(bad, "candidates", t -> t.drop("logged_position"));
        Path out = ROOT.resolve("out/missing");
        Result r = run("score", "--input", bad.toString(), "--model", world.model.toString(), "--out", out.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains(bad.resolve("candidates.parquet").toString()) && r.err.contains("logged_position"),
                r.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void aColumnOfTheWrongTypeIsRefusedNamingFileAndColumn() {
        Path bad = ROOT.resolve("bad-type");
        copyWith(bad, "history", t -> t.withColumn("plays", t.col("plays").cast("string")));
        Path out = ROOT.resolve("out/type");
        Result r = run("sequence", "--input", bad.toString(), "--model", world.model.toString(), "--out",
                out.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains(bad.resolve("history.parquet").toString()) && r.err.contains("'plays'")
                && r.err.contains("string"), r.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void aModelFileThatIsNotOneIsRefusedNamingTheFile() throws IOException {
        Path notAModel = ROOT.resolve("not.model");
        Files.writeString(notAModel, "session_id,track_id\n");
        Path out = ROOT.resolve("out/model");
        Result r = run("evaluate", "--input", world.parquet.toString(), "--model", notAModel.toString(), "--out",
                out.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains(notAModel.toString()) && r.err.contains("model file"), r.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void anExistingOutputFolderIsRefused() throws IOException {
        Path out = Files.createDirectories(ROOT.resolve("out/exists"));
        Result r = run("score", "--input", world.parquet.toString(), "--model", world.model.toString(), "--out",
                out.toString());
        assertEquals(2, r.code, r.err);
        assertTrue(r.err.contains("already exists"), r.err);
    }

    private static Session asked(LoggedSession logged, Map<TrackId, Track> tracks) {
        List<Candidate> cs = new ArrayList<>();
        for (LoggedCandidate c : logged.candidates()) {
            Candidate candidate = Candidate.of(c.track());
            Track t = tracks.get(c.track());
            if (t != null && t.artist().isPresent()) {
                candidate = candidate.withArtist(t.artist().get());
            }
            cs.add(candidate);
        }
        return new Session(logged.id(), logged.user(), logged.date(), cs);
    }

    private static void copyWith(Path dir, String table,
            java.util.function.UnaryOperator<org.apache.spark.sql.Dataset<Row>> change) {
        deleteTree(dir);
        try (var files = Files.list(world.parquet)) {
            Files.createDirectories(dir);
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals(table + ".parquet")) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        change.apply(spark().read().parquet(world.parquet.resolve(table + ".parquet").toString()))
                .write().parquet(dir.resolve(table + ".parquet").toString());
    }

    private static List<Row> rows(Path out) {
        return spark().read().parquet(out.toString()).collectAsList();
    }

    private static List<String> sorted(List<Row> rows, java.util.function.Function<Row, String> f) {
        return rows.stream().map(f).sorted().toList();
    }

    private static SparkSession spark() {
        return spark;
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
