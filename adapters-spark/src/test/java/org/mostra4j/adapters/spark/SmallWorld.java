package org.mostra4j.adapters.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.feature.Vocabulary;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.Manifest;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.adapters.persistence.DuckDbCatalogAdapter;
import org.mostra4j.adapters.persistence.DuckDbObjectiveFactsAdapter;
import org.mostra4j.adapters.persistence.DuckDbSessionStoreAdapter;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.exporting.CanonicalExporter;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.simulation.SimulationConfig;
import org.mostra4j.adapters.simulation.Simulator;
import org.mostra4j.adapters.ml.embedding.TrackVectorsFile;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

/**
 * A small simulated world for the equality tests, in both forms the two paths read: a real DuckDB store
 * (the single-machine path) and the canonical Parquet layout exported from it (the Spark path); and a
 * seeded encoder model file with untrained weights (what is compared is the two paths, not the model).
 */
final class SmallWorld {
    final Path parquet;
    final Path db;
    final Path model;
    final EncoderModel encoder;
    /** The folder the simulator wrote (with simulation.yaml): what --world names. */
    final Path simulated;
    /** A track-embeddings model folder over the first 150 tracks by id (seeded random vectors). */
    final Path embeddings;

    private SmallWorld(Path parquet, Path db, Path model, EncoderModel encoder, Path simulated, Path embeddings) {
        this.parquet = parquet;
        this.db = db;
        this.model = model;
        this.encoder = encoder;
        this.simulated = simulated;
        this.embeddings = embeddings;
    }

    static SmallWorld create(Path dir) throws IOException {
        SimulationConfig c = SimulationConfig.defaults();
        c = c.withSizes(new SimulationConfig.Sizes(40, 30, 200, 80, 8, 4)).withSeed(7L);
        Path csv = dir.resolve("csv");
        Simulator.writeCsv(c, csv, n -> { }).getOrElseThrow(m -> new IllegalStateException(m));
        Path db = dir.resolve("world.duckdb");
        Path parquet = dir.resolve("parquet");
        List<String> users = new ArrayList<>();
        List<String> tracks = new ArrayList<>();
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db))) {
            new CanonicalImporter(store).importFolder(csv, ImportOptions.strict())
                    .getOrElseThrow(f -> new IllegalStateException(f.toString()));
            new CanonicalExporter(store).export(parquet, CanonicalExporter.Format.PARQUET);
            try (var s = store.connection().createStatement()) {
                try (var r = s.executeQuery("SELECT user_id FROM users ORDER BY user_id LIMIT 30")) {
                    while (r.next()) {
                        users.add(r.getString(1));
                    }
                }
                try (var r = s.executeQuery("SELECT track_id FROM tracks ORDER BY track_id LIMIT 150")) {
                    while (r.next()) {
                        tracks.add(r.getString(1));
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
        List<ObjectiveId> objectives = List.of(ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE, ObjectiveId.BOOST);
        FeatureSchema schema = FeatureSchema.of(objectives, 4);
        Vocabulary u = new Vocabulary(users);
        Vocabulary t = new Vocabulary(tracks);
        Architecture a = new Architecture(true, schema.width(), u.rows(), t.rows(), 4, 8, 2, 1, 16);
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, "set-transformer", a,
                new Manifest.Schema(FeatureSchema.VERSION, objectives.stream().map(ObjectiveId::value).toList(), 4,
                        schema.names()), "sha256:test", new Manifest.Metrics(0.5, 0.7, 0, 0, 0, 0), "");
        EncoderModel model = new EncoderModel(new FeatureEncoder(schema, u, t), EncoderWeights.initial(a, 11L), manifest);
        Path file = dir.resolve("encoder.model");
        ModelFile.save(file, model).getOrElseThrow(m -> new IllegalStateException(m));
        Files.createDirectories(dir.resolve("out"));
        java.util.Random random = new java.util.Random(3L);
        TrackVectors.Builder vectors = TrackVectors.builder(6);
        for (String track : tracks) {
            float[] v = new float[6];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) random.nextGaussian();
            }
            vectors.put(TrackId.of(track), v);
        }
        Path embeddings = dir.resolve("embeddings");
        new TrackVectorsFile().save(embeddings, new TrainedEmbeddings(vectors.build(),
                new EmbeddingSettings(6, 2, 9L, 4, 5, 1), 10, 40)).getOrElseThrow(m -> new IllegalStateException(m));
        return new SmallWorld(parquet, db, file, model, csv, embeddings);
    }

    /** The single-machine ports over the store: what `score`, `sequence --db` and `evaluate` are wired with. */
    static final class Store implements AutoCloseable {
        final DuckDbStore store;
        final DuckDbCatalogAdapter catalog;
        final DuckDbObjectiveFactsAdapter facts;
        final DuckDbSessionStoreAdapter sessions;
        final ModelRelevanceEncoder encoder;

        Store(SmallWorld w) {
            this.store = DuckDbStore.openReadOnly(StoreOptions.at(w.db));
            this.catalog = new DuckDbCatalogAdapter(store);
            this.facts = new DuckDbObjectiveFactsAdapter(store);
            this.sessions = new DuckDbSessionStoreAdapter(store);
            this.encoder = new ModelRelevanceEncoder(w.encoder, Optional.of(catalog), Optional.of(facts));
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
