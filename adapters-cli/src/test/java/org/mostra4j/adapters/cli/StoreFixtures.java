package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import org.mostra4j.adapters.ml.embedding.TrackVectorsFile;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

/** Real (tiny) files for command tests whose use cases are fakes: the commands check their files before work. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    /** An empty mostra4j store (schema created), closed again. */
    static Path emptyStore(Path file) {
        DuckDbStore.open(StoreOptions.at(file)).close();
        return file;
    }

    /** An embeddings model folder holding two 2-dimensional track vectors. */
    static Path embeddings(Path folder) {
        TrackVectors vectors = TrackVectors.builder(2).put(TrackId.of("t1"), new float[] {1, 0})
                .put(TrackId.of("t2"), new float[] {0, 1}).build();
        new TrackVectorsFile().save(folder, new TrainedEmbeddings(vectors,
                new EmbeddingSettings(2, 1, 1L, 5, 5, 1), 1, 2)).get();
        return folder;
    }
}
