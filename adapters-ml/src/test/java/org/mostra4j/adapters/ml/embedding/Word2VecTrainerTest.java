package org.mostra4j.adapters.ml.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.LoadListeningSentencesPort.Cursor;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort.Progress;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.diversity.UnitVector;

class Word2VecTrainerTest {
    private static final EmbeddingSettings SMALL = new EmbeddingSettings(8, 3, 7L, 3, 3, 1);
    private static final ClusteredListening WORLD = new ClusteredListening(1L, 3, 6, 12, 10, 8, 0.0);
    private static final List<long[]> PROGRESS = new ArrayList<>();
    private static TrainedEmbeddings trained;

    @BeforeAll
    static void train() {
        Progress record = (phase, done, total) -> PROGRESS.add(new long[] {done, total});
        trained = new Word2VecTrainer().train(WORLD.sentences(), SMALL, record).get();
    }

    @Test
    void everyTrackHeardBecomesAVectorOfTheAskedDimension() {
        assertEquals(18, trained.vectors().size());
        assertEquals(8, trained.vectors().dimension());
        assertEquals(120, trained.sentences());
        assertEquals(960, trained.tokens());
    }

    @Test
    void theSameSeedLearnsTheSameVectors() {
        TrackVectors again = new Word2VecTrainer().train(WORLD.sentences(), SMALL, Progress.NONE).get().vectors();
        for (TrackId t : trained.vectors().tracks()) {
            float[] a = trained.vectors().raw(t).orElseThrow();
            float[] b = again.raw(t).orElseThrow();
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], b[i], 0.0f, "track " + t + " component " + i);
            }
        }
    }

    @Test
    void anotherSeedLearnsOtherVectors() {
        EmbeddingSettings other = new EmbeddingSettings(8, 3, 8L, 3, 3, 1);
        TrackVectors v = new Word2VecTrainer().train(WORLD.sentences(), other, Progress.NONE).get().vectors();
        TrackId t = ClusteredListening.track(0, 0);
        assertTrue(!java.util.Arrays.equals(trained.vectors().raw(t).orElseThrow(), v.raw(t).orElseThrow()));
    }

    @Test
    void tracksHeardTogetherPointTogether() {
        double within = 0;
        double across = 0;
        int nWithin = 0;
        int nAcross = 0;
        TrackVectors v = trained.vectors();
        for (TrackId a : v.tracks()) {
            for (TrackId b : v.tracks()) {
                if (a.compareTo(b) < 0) {
                    double cos = v.direction(a).map(u -> u.cosine(v.direction(b).orElseThrow())).orElseThrow();
                    if (WORLD.clusterOf(a) == WORLD.clusterOf(b)) {
                        within += cos;
                        nWithin++;
                    } else {
                        across += cos;
                        nAcross++;
                    }
                }
            }
        }
        assertTrue(within / nWithin > across / nAcross + 0.2,
                "mean cosine within clusters " + within / nWithin + ", across " + across / nAcross);
    }

    @Test
    void progressEndsAtEveryEpochRead() {
        long[] last = PROGRESS.get(PROGRESS.size() - 1);
        assertEquals(360, last[1]);
        assertEquals(360, last[0]);
    }

    @Test
    void anEmptyCorpusLearnsNothingAndDoesNotFail() {
        TrainedEmbeddings none = new Word2VecTrainer().train(() -> Cursor.of(List.of(List.of())), SMALL,
                Progress.NONE).get();
        assertEquals(0, none.vectors().size());
    }

    @Test
    void unitVectorsOfLearnedTracksExist() {
        UnitVector u = trained.vectors().direction(ClusteredListening.track(0, 0)).orElseThrow();
        assertEquals(8, u.dimension());
    }
}
