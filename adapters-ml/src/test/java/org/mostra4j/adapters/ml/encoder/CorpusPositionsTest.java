package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.synthetic.SyntheticWorld;
import org.mostra4j.adapters.ml.encoder.train.Corpus;
import org.mostra4j.application.port.out.TrainingSession;

/** The head learns only from sessions whose logged positions are usable; the encoder learns from all. */
class CorpusPositionsTest {
    @Test
    void sessionsWithoutUsablePositionsTrainTheEncoderButNotTheHead() {
        List<TrainingSession> all = SyntheticWorld.generate(SyntheticWorld.Config.tiny(4)).sessions();
        // every other session is marked as served in a recommender's order (e.g. MSSD without shuffle)
        List<TrainingSession> marked = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            TrainingSession s = all.get(i);
            marked.add(new TrainingSession(s.session(), s.tracks(), s.history(), s.labels(), i % 2 == 0));
        }
        Corpus everything = Corpus.of(sink -> {
            all.forEach(sink);
            return all.size();
        }, 0.2, 7L);
        Corpus half = Corpus.of(sink -> {
            marked.forEach(sink);
            return marked.size();
        }, 0.2, 7L);
        assertEquals(everything.training().size(), half.training().size());
        assertEquals(everything.validation().size(), half.validation().size());
        assertEquals(everything.training(), everything.positionalTraining(), "by default every session qualifies");
        int positional = half.positionalTraining().size() + half.positionalValidation().size();
        int total = half.training().size() + half.validation().size();
        assertTrue(positional > 0 && positional < total, positional + " of " + total);
        assertTrue(half.training().containsAll(half.positionalTraining()));
    }
}
