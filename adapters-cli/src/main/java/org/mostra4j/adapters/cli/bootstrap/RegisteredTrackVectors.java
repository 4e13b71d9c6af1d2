package org.mostra4j.adapters.cli.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.ModelRegistryPort;
import org.mostra4j.application.port.out.ModelRegistryPort.ModelEntry;
import org.mostra4j.application.port.out.SaveTrackVectorsPort;
import org.mostra4j.application.port.out.TrainedEmbeddings;

/**
 * Saves track vectors with the model file adapter, then records them in the store's model registry under
 * the model folder's name (kind {@value #KIND}; the manifest's figures as metadata), so `db` lists them
 * beside the other models. The file is written first: a registry entry never points at nothing.
 */
final class RegisteredTrackVectors implements SaveTrackVectorsPort {
    static final String KIND = "word2vec-tracks";
    private final SaveTrackVectorsPort files;
    private final ModelRegistryPort registry;
    private final Clock clock;

    RegisteredTrackVectors(SaveTrackVectorsPort files, ModelRegistryPort registry, Clock clock) {
        this.files = files;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public Either<String, EmbeddingsManifest> save(Path model, TrainedEmbeddings embeddings) {
        return files.save(model, embeddings).flatMap(manifest -> Try.run(() -> registry.register(entry(model, manifest, clock.instant())))
                .toEither().map(ignored -> manifest)
                .mapLeft(e -> model + ": saved, but not registered: " + e.getMessage()));
    }

    static ModelEntry entry(Path model, EmbeddingsManifest m, Instant at) {
        Path absolute = model.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        return new ModelEntry(name == null ? absolute.toString() : name.toString(), KIND, absolute, at, Map.of(
                "dimension", String.valueOf(m.settings().dimension()),
                "epochs", String.valueOf(m.settings().epochs()),
                "seed", String.valueOf(m.settings().seed()),
                "window", String.valueOf(m.settings().windowSize()),
                "negative", String.valueOf(m.settings().negative()),
                "vocabulary", String.valueOf(m.vocabularySize()),
                "sentences", String.valueOf(m.sentences()),
                "tokens", String.valueOf(m.tokens()),
                "sha256", m.sha256()));
    }
}
