package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Objects;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort.Progress;

/** Trains word2vec track vectors on the stored listening sentences and saves them with a manifest. */
public interface TrainEmbeddingsUseCase {

    /** The saved model's manifest, or why nothing was saved. */
    Either<String, EmbeddingsManifest> train(Command command);

    record Command(Path model, EmbeddingSettings settings, Progress progress) {
        public Command {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(progress, "progress");
        }
    }
}
