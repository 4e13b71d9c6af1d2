package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import java.nio.file.Path;

/** Writes trained track vectors and their manifest to a model location; the reason on the left when it cannot. */
public interface SaveTrackVectorsPort {
    Either<String, EmbeddingsManifest> save(Path model, TrainedEmbeddings embeddings);
}
