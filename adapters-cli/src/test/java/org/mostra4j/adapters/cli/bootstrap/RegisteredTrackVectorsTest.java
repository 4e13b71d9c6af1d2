package org.mostra4j.adapters.cli.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.ModelRegistryPort;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

/** Saved embeddings are registered under their folder's name; a failed save registers nothing. */
class RegisteredTrackVectorsTest {
    private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");
    private final List<ModelRegistryPort.ModelEntry> registered = new ArrayList<>();
    private final ModelRegistryPort registry = new ModelRegistryPort() {
        @Override
        public void register(ModelEntry entry) {
            registered.add(entry);
        }

        @Override
        public Optional<ModelEntry> find(String name) {
            return Optional.empty();
        }

        @Override
        public List<ModelEntry> list() {
            return registered;
        }
    };
    private final TrainedEmbeddings trained = new TrainedEmbeddings(
            TrackVectors.builder(2).put(TrackId.of("t1"), new float[] {1, 0}).build(), EmbeddingSettings.DEFAULTS, 3, 9);

    private RegisteredTrackVectors with(Either<String, EmbeddingsManifest> saved) {
        return new RegisteredTrackVectors((model, e) -> saved, registry, Clock.fixed(AT, ZoneOffset.UTC));
    }

    @Test
    void a_saved_model_is_registered_under_its_folder_name_with_its_figures() {
        EmbeddingsManifest m = new EmbeddingsManifest(EmbeddingSettings.DEFAULTS, 1, 3, 9, "b".repeat(64));
        assertEquals(Either.right(m), with(Either.right(m)).save(Path.of("models", "tracks-w2v"), trained));
        assertEquals(1, registered.size());
        ModelRegistryPort.ModelEntry e = registered.get(0);
        assertEquals("tracks-w2v", e.name());
        assertEquals(RegisteredTrackVectors.KIND, e.kind());
        assertTrue(e.file().isAbsolute());
        assertEquals(AT, e.createdAt());
        assertEquals("40", e.metadata().get("dimension"));
        assertEquals("b".repeat(64), e.metadata().get("sha256"));
    }

    @Test
    void a_failed_save_registers_nothing() {
        assertEquals(Either.left("disk full"), with(Either.left("disk full")).save(Path.of("m"), trained));
        assertTrue(registered.isEmpty());
    }
}
