package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.feature.Vocabulary;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.Manifest;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.domain.catalog.ObjectiveId;

/** `score` on a real simulated store with a seeded (untrained) model file: the table, both formats, bad --out. */
class ScoreCommandTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path model;

    @BeforeAll
    static void world() {
        db = dir.resolve("w.duckdb");
        CliRun sim = CliRun.of("-q", "simulate", "--out", dir.resolve("w").toString(), "--db", db.toString(),
                "--users", "30", "--artists", "20", "--tracks", "200", "--sessions", "40", "--seed", "3");
        assertEquals(0, sim.exitCode(), sim.err());
        List<ObjectiveId> objectives = List.of(ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE, ObjectiveId.BOOST);
        FeatureSchema schema = FeatureSchema.of(objectives, 0);
        Vocabulary users = new Vocabulary(List.of("u1"));
        Vocabulary tracks = new Vocabulary(List.of("t1"));
        Architecture a = new Architecture(true, schema.width(), users.rows(), tracks.rows(), 4, 8, 2, 1, 16);
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, "set-transformer", a,
                new Manifest.Schema(FeatureSchema.VERSION, objectives.stream().map(ObjectiveId::value).toList(), 0,
                        schema.names()), "sha256:test", new Manifest.Metrics(0.5, 0.7, 0, 0, 0, 0), "");
        model = dir.resolve("m.model");
        ModelFile.save(model, new EncoderModel(new FeatureEncoder(schema, users, tracks), EncoderWeights.initial(a, 3L),
                manifest)).getOrElseThrow(m -> new IllegalStateException(m));
    }

    @Test
    void writesOneRowPerLoggedCandidateWithRelevanceAndTheLoggedSat() throws IOException {
        Path out = dir.resolve("scores.csv");
        CliRun r = CliRun.of("score", "--db", db.toString(), "--model", model.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("session_id,track_id,relevance,sat", lines.get(0));
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
        assertTrue(rows.size() >= 40 * 10, "every candidate of 40 sessions: " + rows.size());
        for (String[] row : rows) {
            double relevance = Double.parseDouble(row[2]);
            assertTrue(relevance >= 0 && relevance <= 1, Arrays.toString(row));
            assertTrue(Set.of("0", "1", "").contains(row[3]), Arrays.toString(row));
        }
        assertEquals(40, rows.stream().map(row -> row[0]).collect(Collectors.toSet()).size());
        assertTrue(r.err().contains("scored " + rows.size() + " candidates of 40 sessions"), r.err());
    }

    @Test
    void writesParquetWhenTheFileNameSaysSo() throws IOException {
        Path out = dir.resolve("scores.parquet");
        CliRun r = CliRun.of("-q", "score", "--db", db.toString(), "--model", model.toString(), "--out",
                out.toString(), "--sessions", "5");
        assertEquals(0, r.exitCode(), r.err());
        byte[] head = Arrays.copyOf(Files.readAllBytes(out), 4);
        assertArrayEquals("PAR1".getBytes(StandardCharsets.US_ASCII), head);
    }

    @Test
    void refusesAnOutputThatIsNeitherCsvNorParquet() {
        Path out = dir.resolve("scores.txt");
        CliRun r = CliRun.of("score", "--db", db.toString(), "--model", model.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--out"), r.err());
        assertFalse(Files.exists(out));
    }
}
