package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.ml.encoder.synthetic.SyntheticWorld;
import org.junit.jupiter.api.io.TempDir;
import java.util.Arrays;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.train.SetTransformerGraph;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.adapters.ml.encoder.train.SameDiffEncoderTrainer;
import org.mostra4j.application.port.out.EncoderSpec;
import org.mostra4j.application.port.out.TrainingReport;

/** A tiny training run end to end: progress per epoch, a model file, metrics that the file reproduces. */
class EncoderTrainingTest {
    static final EncoderSpec TINY = new EncoderSpec(false, 8, 2, 1, 0, 0.0, 2, 16, 3e-3, 2, 0.25, 7L);

    @TempDir
    Path dir;

    @Test
    void trainsReportsEachEpochAndWritesAModelWhoseScoresReproduceTheMetrics() {
        SyntheticWorld world = SyntheticWorld.generate(SyntheticWorld.Config.tiny(3));
        List<TrainingReport.EpochMetrics> seen = new ArrayList<>();
        Path file = dir.resolve("enc.model");
        TrainingReport report = new SameDiffEncoderTrainer().train(world.source(), TINY, file, seen::add)
                .getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals(2, report.epochs());
        assertEquals(2, seen.size());
        assertTrue(report.validationAuc() > 0 && report.validationAuc() < 1, "auc " + report.validationAuc());
        assertTrue(seen.get(0).trainLoss() > 0 && Double.isFinite(seen.get(0).trainLoss()), "train loss " + seen.get(0).trainLoss());
        assertTrue(Files.isRegularFile(file));
        EncoderModel model = ModelFile.load(file).getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals("set-transformer", model.manifest().kind());
        assertTrue(model.manifest().trainingFingerprint().startsWith("sha256:"));
        assertEquals(report.validationAuc(), model.manifest().metrics().validationAuc(), 0.0);
        // about 1,200 labelled positions: too few for a sequence head, so the model decodes as before
        assertTrue(model.head().isEmpty());
        assertTrue(report.sequenceHead().startsWith("sequence head (mostra-seq): none, fewer than 2000"),
                report.sequenceHead());
    }

    /** Law: training is a function of the data and the seed (dropout keep masks included), bit for bit. */
    @Test
    void theSameSeedTrainsBitForBitTheSameWeights() {
        SyntheticWorld world = SyntheticWorld.generate(SyntheticWorld.Config.tiny(4));
        EncoderSpec spec = new EncoderSpec(false, 8, 2, 2, 0, 0.1, 2, 16, 3e-3, 2, 0.25, 11L);
        EncoderModel first = trained(world, spec, "a.model");
        EncoderModel second = trained(world, spec, "b.model");
        for (Architecture.Parameter p : first.weights().architecture().parameters()) {
            assertArrayEquals(first.weights().get(p.name()), second.weights().get(p.name()), 0f, p.name());
        }
        EncoderModel otherSeed = trained(world, new EncoderSpec(false, 8, 2, 2, 0, 0.1, 2, 16, 3e-3, 2, 0.25, 12L),
                "c.model");
        assertFalse(Arrays.equals(first.weights().get("b0_Wq"), otherSeed.weights().get("b0_Wq")));
    }

    /**
     * Law: the training graph hands back exactly the weights it was built from, parameter by parameter (SAB
     * blocks hold Wq, Wk and Wv as one fused variable, so a swapped or shifted cut shows here).
     */
    @Test
    void theTrainingGraphHandsBackTheWeightsItWasBuiltFrom() {
        Architecture a = new Architecture(true, 5, 7, 11, 4, 16, 4, 2, 32);
        EncoderWeights initial = EncoderWeights.initial(a, 3L);
        EncoderWeights back = SetTransformerGraph.build(initial, 0.0).weights();
        for (Architecture.Parameter p : a.parameters()) {
            assertArrayEquals(initial.get(p.name()), back.get(p.name()), 0f, p.name());
        }
        assertFalse(Arrays.equals(initial.get("b1_Wq"), initial.get("b1_Wk")), "distinct initial projections");
    }

    private EncoderModel trained(SyntheticWorld world, EncoderSpec spec, String name) {
        Path file = dir.resolve(name);
        new SameDiffEncoderTrainer().train(world.source(), spec, file, m -> { })
                .getOrElseThrow(msg -> new AssertionError(msg));
        return ModelFile.load(file).getOrElseThrow(msg -> new AssertionError(msg));
    }

    @Test
    void enoughLoggedPositionsGiveTheModelASequenceHeadThatTheServingEncoderOffers() {
        SyntheticWorld world = SyntheticWorld.generate(new SyntheticWorld.Config(20, 30, 4, 3, 600, 3, 12, 4.0, 5));
        Path file = dir.resolve("seq.model");
        EncoderSpec oneEpoch = new EncoderSpec(false, 8, 2, 1, 0, 0.0, 1, 16, 3e-3, 2, 0.25, 7L);
        var report = new SameDiffEncoderTrainer().train(world.source(), oneEpoch, file, m -> { })
                .getOrElseThrow(msg -> new AssertionError(msg));
        // the report says where the head learned from (every synthetic session's order is random)
        assertTrue(report.sequenceHead().startsWith("sequence head (mostra-seq): learned from the logged positions of "
                + report.trainingSessions() + " training sessions"), report.sequenceHead());
        EncoderModel model = ModelFile.load(file).getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals(2, model.manifest().formatVersion());
        var head = model.head().orElseThrow(() -> new AssertionError("no sequence head"));
        assertEquals(model.features().schema().objectives(), head.head().objectives());
        assertTrue(head.metrics().trainingRows() >= org.mostra4j.adapters.ml.encoder.train.PrefixHeadTrainer.MIN_ROWS,
                head.metrics().toString());
        assertTrue(new org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder(model, java.util.Optional.empty(),
                java.util.Optional.empty()).prefixRelevance().isPresent());
    }

    @Test
    void theMlpBaselineTrainsWithDropoutAndIsStoredAsMlp() {
        SyntheticWorld world = SyntheticWorld.generate(SyntheticWorld.Config.tiny(5));
        EncoderSpec spec = new EncoderSpec(true, 8, 2, 1, 0, 0.2, 1, 16, 3e-3, 2, 0.25, 8L);
        Path file = dir.resolve("mlp.model");
        TrainingReport report = new SameDiffEncoderTrainer().train(world.source(), spec, file, m -> { })
                .getOrElseThrow(msg -> new AssertionError(msg));
        assertTrue(Double.isFinite(report.validationLogLoss()), "log-loss " + report.validationLogLoss());
        EncoderModel model = ModelFile.load(file).getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals("mlp", model.manifest().kind());
        assertTrue(!model.weights().architecture().attention());
    }

    @Test
    void isabBlocksTrainAndTheModelFileRecordsTheInducingPoints() {
        SyntheticWorld world = SyntheticWorld.generate(SyntheticWorld.Config.tiny(6));
        EncoderSpec spec = new EncoderSpec(false, 8, 2, 1, 4, 0.1, 1, 16, 3e-3, 2, 0.25, 8L);
        Path file = dir.resolve("isab.model");
        TrainingReport report = new SameDiffEncoderTrainer().train(world.source(), spec, file, m -> { })
                .getOrElseThrow(msg -> new AssertionError(msg));
        assertTrue(report.validationAuc() > 0 && report.validationAuc() < 1, "auc " + report.validationAuc());
        EncoderModel model = ModelFile.load(file).getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals(4, model.weights().architecture().inducingPoints());
        assertEquals("set-transformer", model.manifest().kind());
        assertEquals(report.validationAuc(), model.manifest().metrics().validationAuc(), 0.0);
    }

    @Test
    void inducingPointsOnTheMlpBaselineAreRefusedWithAReason() {
        SyntheticWorld world = SyntheticWorld.generate(SyntheticWorld.Config.tiny(6));
        EncoderSpec spec = new EncoderSpec(true, 8, 2, 1, 4, 0.0, 1, 16, 3e-3, 2, 0.25, 8L);
        String reason = new SameDiffEncoderTrainer().train(world.source(), spec, dir.resolve("x.model"), m -> { })
                .swap().getOrElseThrow(r -> new AssertionError("expected a refusal"));
        assertTrue(reason.contains("inducing points"), reason);
        assertTrue(!Files.exists(dir.resolve("x.model")));
    }
}
