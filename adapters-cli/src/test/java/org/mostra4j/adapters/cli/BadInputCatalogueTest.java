package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.feature.Vocabulary;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.Manifest;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * Every bad-input case of issue 19 run through the real CLI (in-process, the real composition root): the law is
 * exit code 2, a message whose first line names the culprit, no stack trace, one line for a usage error (an import's
 * report adds the line saying nothing was written), and no file created or changed in the working folder (every
 * file's size and modification time compared; an import into a new file may create the store and deletes it again).
 */
class BadInputCatalogueTest {
    @TempDir
    static Path dir;
    static Path good;
    static Path session;
    static Path file;
    static Path folder;
    static Path notAStore;
    static Path randomBin;
    static Path cutModel;
    static Path flippedModel;
    static Path embeddings;
    static Path damagedEmbeddings;
    static Path canonical;

    @BeforeAll
    static void files() throws IOException {
        canonical = canonicalFolder(dir.resolve("world"));
        good = dir.resolve("good.duckdb");
        CliRun imported = CliRun.of("import", "canonical", "--db", good.toString(), "--dir", canonical.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        session = Files.writeString(dir.resolve("session.json"), """
                {"sessionId":"s1","userId":"u1","date":"2018-07-15","candidates":[
                 {"trackId":"t1","artistId":"a1","relevance":0.9},{"trackId":"t2","artistId":"a1","relevance":0.4}]}
                """);
        file = Files.writeString(dir.resolve("plain.txt"), "a file, not a folder\n");
        folder = Files.createDirectory(dir.resolve("folder"));
        notAStore = Files.writeString(dir.resolve("notes.duckdb"), "not a database\n");
        byte[] noise = new byte[4096];
        new SplittableRandom(19).nextBytes(noise);
        randomBin = Files.write(dir.resolve("random.bin"), noise);
        Path model = tinyModel(dir.resolve("good.model"));
        byte[] bytes = Files.readAllBytes(model);
        cutModel = Files.write(dir.resolve("cut.model"), Arrays.copyOf(bytes, bytes.length - 100));
        byte[] flipped = bytes.clone();
        flipped[flipped.length - 3] ^= 0x55;
        flippedModel = Files.write(dir.resolve("flipped.model"), flipped);
        embeddings = StoreFixtures.embeddings(dir.resolve("vectors"));
        damagedEmbeddings = StoreFixtures.embeddings(dir.resolve("damaged-vectors"));
        Path vectors = damagedEmbeddings.resolve("vectors.bin");
        byte[] v = Files.readAllBytes(vectors);
        Files.write(vectors, Arrays.copyOf(v, v.length - 1));
        Files.createDirectories(dir.resolve("no-tracks"));
        for (String table : List.of("artists", "users", "history")) {
            Files.copy(canonical.resolve(table + ".csv"), dir.resolve("no-tracks").resolve(table + ".csv"));
        }
        Path dirTracks = Files.createDirectories(dir.resolve("tracks-is-a-folder"));
        Files.copy(canonical.resolve("artists.csv"), dirTracks.resolve("artists.csv"));
        Files.createDirectory(dirTracks.resolve("tracks.csv"));
        Path nul = Files.createDirectories(dir.resolve("nul-in-id"));
        Files.writeString(nul.resolve("artists.csv"), "artist_id,name\na\u00001,One\n");
        Path escape = Files.createDirectories(dir.resolve("escape-in-name"));
        Files.writeString(escape.resolve("artists.csv"), "artist_id,name\na1,One\na2,T\u001bwo\n");
    }

    static Stream<Arguments> cases() {
        String s = session.toString();
        String g = good.toString();
        Path missing = dir.resolve("missing.duckdb");
        Path under = file.resolve("x");
        return Stream.of(
                c("sequence: a missing store is not created", missing, "sequence", "--session", s, "--db", missing),
                c("sequence: a missing model is not ignored", "missing.model", "sequence", "--session", s, "--model",
                        dir.resolve("missing.model")),
                c("sequence: a folder as model", folder + ": is a directory", "sequence", "--session", s, "--model",
                        folder),
                c("sequence: a model cut short", "cut.model: corrupt or truncated", "sequence", "--session", s,
                        "--model", cutModel),
                c("sequence: a model with a flipped byte near its end", "flipped.model: corrupt", "sequence",
                        "--session", s, "--model", flippedModel),
                c("sequence: a file that is not a store", "notes.duckdb: not a DuckDB database", "sequence",
                        "--session", s, "--db", notAStore),
                c("sequence: a folder as session", folder + ": is a directory", "sequence", "--session", folder),
                c("train: a missing store", missing, "train", "--db", missing, "--model", dir.resolve("x.model")),
                c("train: a model path that cannot be written", under.resolve("x.model") + ": cannot be created",
                        "train", "--db", g, "--model", under.resolve("x.model")),
                c("train: a file that is not a store", "notes.duckdb: not a DuckDB", "train", "--db", notAStore,
                        "--model", dir.resolve("x.model")),
                c("embed: a missing store", missing, "embed", "--db", missing, "--out", dir.resolve("m")),
                c("embed: an output that is a file", file + ": exists and is not a folder", "embed", "--db", g,
                        "--out", file),
                c("serve: a missing store", missing, "serve", "--port", "0", "--db", missing),
                c("serve: a model cut short", "cut.model: corrupt or truncated", "serve", "--port", "0", "--model",
                        cutModel),
                c("gs-score: missing embeddings", "no such folder", "gs-score", "--db", g, "--embeddings",
                        dir.resolve("nowhere")),
                c("gs-score: a folder that is no embeddings model", "not an embeddings model", "gs-score", "--db", g,
                        "--embeddings", folder),
                c("gs-score: damaged embeddings", "checksum", "gs-score", "--db", g, "--embeddings",
                        damagedEmbeddings),
                c("gs-score: an --out that cannot be written", under.resolve("gs.csv") + ": cannot be created",
                        "gs-score", "--db", g, "--embeddings", embeddings, "--out", under.resolve("gs.csv")),
                c("export: a missing store", missing, "export", "canonical", "--db", missing, "--out",
                        dir.resolve("out")),
                c("export: an --out that is a file", file + ": exists and is not a folder", "export", "canonical",
                        "--db", g, "--out", file),
                c("evaluate: a missing store", missing, "evaluate", "--db", missing, "--model", cutModel),
                c("evaluate: a model cut short", "cut.model: corrupt or truncated", "evaluate", "--db", g, "--model",
                        cutModel),
                c("evaluate: an --out that is a file", file + ": exists and is not a folder", "evaluate", "--db", g,
                        "--model", cutModel, "--out", file),
                c("db info: a file that is not a store", "notes.duckdb: not a DuckDB database", "db", "info", "--db",
                        notAStore),
                c("db info: a missing store", missing, "db", "info", "--db", missing),
                c("db info: a folder", folder + ": is a directory", "db", "info", "--db", folder),
                c("import: --max-errors -1", "--max-errors", "import", "canonical", "--db", missing, "--dir",
                        canonical, "--max-errors", "-1"),
                c("import: --threads 0", "--threads", "import", "canonical", "--db", missing, "--dir", canonical,
                        "--threads", "0"),
                c("import: --memory-limit lots", "--memory-limit", "import", "canonical", "--db", missing, "--dir",
                        canonical, "--memory-limit", "lots"),
                c("import: a missing folder creates no store", "nowhere: no such folder", "import", "canonical",
                        "--db", missing, "--dir", dir.resolve("nowhere")),
                c("import: into a file that is not a store", "notes.duckdb", "import", "canonical", "--db",
                        notAStore, "--dir", canonical),
                c("import lastfm: a folder as log", folder + ": is a directory", "import", "lastfm", "--db", missing,
                        "--log", folder),
                c("import mssd: a missing log", "nowhere.csv: no such file", "import", "mssd", "--db", missing,
                        "--log", dir.resolve("nowhere.csv")),
                c("import: --rejects that cannot be written", under.resolve("rejects.txt") + ": cannot be created",
                        "import", "canonical", "--db", missing, "--dir", canonical, "--max-errors", "5", "--rejects",
                        under.resolve("rejects.txt")),
                c("simulate: an --out that is a file", file + ": exists and is not a folder", "simulate", "--out",
                        file, "--users", "10"),
                c("config show: a missing file", "missing.yaml", "config", "show", "--config",
                        dir.resolve("missing.yaml")),
                importCase("import lastfm: a binary log", randomBin + ":1:", "import", "lastfm", "--db", missing,
                        "--log", randomBin),
                importCase("import canonical: no tracks.csv", dir.resolve("no-tracks").resolve("tracks.csv")
                        + ": no such file", "import", "canonical", "--db", missing, "--dir", dir.resolve("no-tracks")),
                importCase("import canonical: tracks.csv is a folder", dir.resolve("tracks-is-a-folder")
                        .resolve("tracks.csv") + ": is a directory", "import", "canonical", "--db", missing, "--dir",
                        dir.resolve("tracks-is-a-folder")),
                importCase("import canonical: a NUL byte in an id", dir.resolve("nul-in-id").resolve("artists.csv")
                        + ":2: artist_id: control character U+0000", "import", "canonical", "--db", missing, "--dir",
                        dir.resolve("nul-in-id")),
                importCase("import canonical: an escape in a name", dir.resolve("escape-in-name").resolve("artists.csv")
                        + ":3: name: control character U+001B", "import", "canonical", "--db", missing, "--dir",
                        dir.resolve("escape-in-name")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsTwoNamingTheCulpritAndCreatesNothing(Case c) throws IOException {
        Map<String, String> before = tree(dir);
        CliRun run = CliRun.of(c.args());
        String first = run.err().lines().findFirst().orElse("");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(first.contains(c.culprit()), "the first line names " + c.culprit() + ": " + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
        if (!c.importReport()) {
            assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        }
        assertEquals(before, tree(dir), "nothing created or changed");
    }

    /** One case: what must appear on the first line of stderr, and the command line. */
    record Case(String culprit, boolean importReport, String[] args) {
    }

    private static Arguments c(String name, Object culprit, Object... args) {
        return Arguments.of(Named.of(name, new Case(culprit.toString(), false, strings(args))));
    }

    /** An import's report: the problem line, then the line saying nothing was written. */
    private static Arguments importCase(String name, Object culprit, Object... args) {
        return Arguments.of(Named.of(name, new Case(culprit.toString(), true, strings(args))));
    }

    private static String[] strings(Object... args) {
        return Arrays.stream(args).map(Object::toString).toArray(String[]::new);
    }

    /** Every path under {@code root} with its size and modification time. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    // a folder's own mtime moves when an import's new store is deleted again; its entries are compared
                    out.put(root.relativize(p).toString(), a.isDirectory() ? "folder"
                            : a.size() + " bytes, modified " + a.lastModifiedTime().toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }

    static Path canonicalFolder(Path world) throws IOException {
        Files.createDirectories(world);
        Files.writeString(world.resolve("artists.csv"), "artist_id,name\na1,One\n");
        Files.writeString(world.resolve("tracks.csv"),
                "track_id,artist_id,duration_s,release_year,popularity\nt1,a1,200.0,2001,0.5\nt2,a1,,,0.25\n");
        Files.writeString(world.resolve("users.csv"), "user_id\nu1\n");
        Files.writeString(world.resolve("history.csv"), "user_id,track_id,played_at,plays\nu1,t1,2018-07-01T10:00:00Z,2\n");
        Files.writeString(world.resolve("sessions.csv"), "session_id,user_id,date,context\ns1,u1,2018-07-15,radio\n");
        Files.writeString(world.resolve("candidates.csv"),
                "session_id,track_id,logged_position,sat\ns1,t1,1,1\ns1,t2,2,\n");
        return world;
    }

    /** A tiny but complete encoder model file (random weights): what matters here is its bytes. */
    static Path tinyModel(Path path) {
        FeatureSchema schema = FeatureSchema.of(List.of(ObjectiveId.DISCOVERY), 0);
        Architecture a = new Architecture(true, schema.width(), 3, 4, 2, 8, 2, 1, 16);
        FeatureEncoder features = new FeatureEncoder(schema, new Vocabulary(List.of("u1", "u2")),
                new Vocabulary(List.of("t1", "t2", "t3")));
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, "set-transformer", a,
                new Manifest.Schema(1, List.of("discovery"), 0, schema.names()), "sha256:x",
                new Manifest.Metrics(0.7, 0.5, 1, 10, 5, 2), "");
        return ModelFile.save(path, new EncoderModel(features, EncoderWeights.initial(a, 3L), manifest)).get();
    }
}
