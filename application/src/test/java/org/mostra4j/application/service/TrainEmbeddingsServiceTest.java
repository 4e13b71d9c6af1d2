package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.TrainEmbeddingsUseCase;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.SaveTrackVectorsPort;
import org.mostra4j.application.port.out.LoadListeningSentencesPort.Cursor;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort.Progress;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

class TrainEmbeddingsServiceTest {
    private static final String HASH = "0".repeat(64);

    /** A trainer that gives every track seen a vector (1, 0): enough to check the orchestration. */
    private static final TrainTrackEmbeddingsPort COUNTING_TRAINER = (sentences, settings, progress) -> {
        TrackVectors.Builder b = TrackVectors.builder(settings.dimension());
        long n = 0;
        try (Cursor c = sentences.open()) {
            while (c.hasNext()) {
                n++;
                c.next().forEach(t -> b.put(t, new float[settings.dimension()]));
            }
        }
        return Either.right(new TrainedEmbeddings(b.build(), settings, n, 0));
    };

    private final List<Path> saved = new ArrayList<>();
    private final SaveTrackVectorsPort store = (path, e) -> {
        saved.add(path);
        return Either.right(new EmbeddingsManifest(e.settings(), e.vectors().size(), e.sentences(), e.tokens(), HASH));
    };

    private TrainEmbeddingsUseCase.Command command() {
        return new TrainEmbeddingsUseCase.Command(Path.of("model"), EmbeddingSettings.DEFAULTS, Progress.NONE);
    }

    @Test
    void whatTheTrainerLearnedIsSaved() {
        List<List<TrackId>> corpus = List.of(List.of(TrackId.of("a"), TrackId.of("b")), List.of(TrackId.of("c")));
        EmbeddingsManifest m = new TrainEmbeddingsService(() -> Cursor.of(corpus), COUNTING_TRAINER, store)
                .train(command()).get();
        assertEquals(3, m.vocabularySize());
        assertEquals(2, m.sentences());
        assertEquals(List.of(Path.of("model")), saved);
    }

    @Test
    void anEmptyCorpusSavesNothing() {
        Either<String, EmbeddingsManifest> r = new TrainEmbeddingsService(() -> Cursor.of(List.of()),
                COUNTING_TRAINER, store).train(command());
        assertTrue(r.isLeft());
        assertTrue(r.getLeft().contains("no listening sentences"), r.getLeft());
        assertTrue(saved.isEmpty());
    }

    @Test
    void settingsReportEveryProblemAtOnce() {
        var v = EmbeddingSettings.parse(0, 0, 1);
        assertTrue(v.isInvalid());
        assertEquals(2, v.getError().size());
        assertTrue(EmbeddingSettings.parse(40, 5, 1).isValid());
    }
}
