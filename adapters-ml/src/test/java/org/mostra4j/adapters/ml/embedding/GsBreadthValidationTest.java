package org.mostra4j.adapters.ml.embedding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.TrainTrackEmbeddingsPort.Progress;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.RankCorrelation;
import org.mostra4j.domain.diversity.TrackVectors;

/**
 * End to end on a small clustered world: word2vec learns the clusters from sessions alone, and users'
 * GS then falls as their known taste breadth grows (target from issue 7: Spearman ≤ −0.5).
 */
class GsBreadthValidationTest {
    static final long SEED = 2026L;

    @Test
    void broaderTasteGivesLowerGs() {
        ClusteredListening world = new ClusteredListening(SEED, 8, 20, 48, 16, 10, 0.05);
        TrackVectors vectors = new Word2VecTrainer()
                .train(world.sentences(), new EmbeddingSettings(40, 5, SEED, 5, 5, 1), Progress.NONE)
                .get().vectors();
        List<double[]> pairs = new ArrayList<>();
        for (UserId user : world.breadth.keySet().stream().sorted().toList()) {
            world.playsOf(user).gs(vectors, MinimumActivity.LISTENER)
                    .ifPresent(gs -> pairs.add(new double[] {world.breadth.get(user), gs.value()}));
        }
        double[] breadth = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] gs = pairs.stream().mapToDouble(p -> p[1]).toArray();
        double rho = RankCorrelation.spearman(breadth, gs).orElseThrow();
        System.out.printf("GS-breadth validation: users scored %d of %d, vocabulary %d, Spearman rho = %.4f%n",
                pairs.size(), world.breadth.size(), vectors.size(), rho);
        assertTrue(pairs.size() >= 45, "scored only " + pairs.size() + " users");
        assertTrue(rho <= -0.5, "Spearman(breadth, GS) = " + rho + ", target <= -0.5");
    }
}
