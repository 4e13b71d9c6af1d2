package org.mostra4j.adapters.ml.encoder.train;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.Manifest;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.adapters.ml.encoder.model.SequenceHead;
import org.mostra4j.application.port.out.EncoderSpec;
import org.mostra4j.application.port.out.TrainEncoderPort;
import org.mostra4j.application.port.out.TrainingReport;
import org.mostra4j.application.port.out.LoadTrainingSessionsPort;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains the encoder with SameDiff (Adam, masked BCE, batches bucketed by set size, seeded), scores
 * the validation split after every epoch with the plain-Java path, keeps the weights of the best
 * validation AUC and stops after {@code patience} epochs without improvement; then learns mostra-seq's
 * prefix head on the frozen encoder ({@link PrefixHeadTrainer}); writes the model file.
 */
public final class SameDiffEncoderTrainer implements TrainEncoderPort {
    /** Share of user/track ids replaced by the unknown bucket in training batches (teaches cold start). */
    static final double ID_DROPOUT = 0.05;
    static final int LOSS_SAMPLE = 1024;

    @Override
    public Either<String, TrainingReport> train(LoadTrainingSessionsPort source, EncoderSpec spec, Path modelFile,
            Consumer<TrainingReport.EpochMetrics> progress) {
        if (spec.baseline() && spec.inducingPoints() > 0) {
            return Either.left("the MLP baseline has no attention, so no inducing points (ISAB); drop one of the two");
        }
        Corpus corpus = Corpus.of(source, spec.validationShare(), spec.seed());
        if (corpus.training().isEmpty() || corpus.validation().isEmpty()) {
            return Either.left("need labelled sessions in both splits, found " + corpus.training().size()
                    + " for training and " + corpus.validation().size() + " for validation");
        }
        Architecture a = architecture(spec, corpus);
        Outcome outcome = fit(a, corpus, spec, progress);
        TrainingReport report = outcome.report(corpus);
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, spec.baseline() ? "mlp" : "set-transformer", a,
                schema(corpus.encoder().schema()), corpus.fingerprint(),
                new Manifest.Metrics(report.validationAuc(), report.validationLogLoss(), report.epochs(),
                        report.sessionsPerSecond(), report.trainingSessions(), report.validationSessions()), "");
        Optional<SequenceHead> head = PrefixHeadTrainer.train(outcome.best, corpus.encoder().schema(),
                corpus.positionalTraining(), corpus.positionalValidation(), spec.seed())
                .map(h -> new SequenceHead(h.head(), h.metrics().withLearnedFrom(learnedFrom(corpus))));
        return ModelFile.save(modelFile, new EncoderModel(corpus.encoder(), outcome.best, manifest, head))
                .map(p -> report.withSequenceHead(headNote(head.isPresent(), corpus)));
    }

    /**
     * Which sessions taught the prefix head: only those whose logged order is random (the simulator's shuffled
     * logs, MSSD's shuffle-play sessions); sessions served in a recommender's order are left out.
     */
    static String headNote(boolean learned, Corpus corpus) {
        String from = learnedFrom(corpus);
        return learned ? "sequence head (mostra-seq): learned from the logged positions of " + from
                : "sequence head (mostra-seq): none, fewer than " + PrefixHeadTrainer.MIN_ROWS
                        + " labelled positions in " + from;
    }

    /** The sessions whose positions teach the head, and those left out, in words (stored with the head). */
    static String learnedFrom(Corpus corpus) {
        int random = corpus.positionalTraining().size();
        int left = corpus.training().size() - random;
        return random + " training sessions whose logged order is random (shuffle play)"
                + (left > 0 ? "; " + left + " sessions logged in a recommender's order were left out" : "");
    }

    /** The architecture the spec asks for over this corpus's features and vocabularies. */
    public static Architecture architecture(EncoderSpec spec, Corpus corpus) {
        return new Architecture(!spec.baseline(), corpus.encoder().schema().width(), corpus.encoder().users().rows(),
                corpus.encoder().tracks().rows(), Math.max(2, spec.dModel() / 8), spec.dModel(), spec.heads(),
                spec.blocks(), 2 * spec.dModel(), spec.baseline() ? 0 : spec.inducingPoints());
    }

    private static Outcome fit(Architecture a, Corpus corpus, EncoderSpec spec,
            Consumer<TrainingReport.EpochMetrics> progress) {
        Nd4j.getRandom().setSeed(spec.seed());
        SetTransformerGraph graph = SetTransformerGraph.build(EncoderWeights.initial(a, spec.seed()), spec.dropout());
        SameDiff sd = graph.sameDiff();
        graph.configureTraining(new Adam(spec.learningRate()));
        SplittableRandom random = new SplittableRandom(spec.seed());
        Outcome o = new Outcome();
        int sinceBest = 0;
        for (int epoch = 1; epoch <= spec.epochs() && sinceBest < spec.patience(); epoch++) {
            List<List<EncodedSet>> batches = Buckets.of(corpus.training(), spec.batchSize(), random);
            long start = System.nanoTime();
            sd.fit(new BatchIterator(batches, graph.table(), a.userRows(), ID_DROPOUT, random, graph.keepMasks().size(),
                    a.dModel(), spec.dropout()), 1);
            o.seconds += (System.nanoTime() - start) / 1e9;
            o.sessions += corpus.training().size();
            EncoderWeights w = graph.weights();
            Scores s = validate(w, corpus.validation());
            TrainingReport.EpochMetrics m = new TrainingReport.EpochMetrics(epoch,
                    trainingLoss(w, corpus.training()), s.auc(), s.logLoss());
            o.history.add(m);
            progress.accept(m);
            if (o.best == null || s.auc() > o.bestScores.auc()) {
                o.best = w;
                o.bestScores = s;
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        return o;
    }

    /**
     * Log-loss on (up to) the first {@link #LOSS_SAMPLE} training sets after the epoch. Measured with the
     * Java path because SameDiff 1.0.0-M2.1 reports 0 for the loss in its fit history and listeners.
     */
    private static double trainingLoss(EncoderWeights w, List<EncodedSet> training) {
        return validate(w, training.subList(0, Math.min(LOSS_SAMPLE, training.size()))).logLoss();
    }

    /** AUC and log-loss of the plain-Java forward pass over the labelled candidates of {@code sets}. */
    public static Scores validate(EncoderWeights w, List<EncodedSet> sets) {
        FastSetEncoder fast = new FastSetEncoder(w);
        int total = sets.stream().mapToInt(EncodedSet::size).sum();
        double[] p = new double[total];
        float[] y = new float[total];
        int k = 0;
        for (EncodedSet s : sets) {
            float[] out = fast.score(s);
            for (int i = 0; i < out.length; i++) {
                p[k] = out[i];
                y[k++] = s.sat(i);
            }
        }
        return Scores.of(p, y);
    }

    private static Manifest.Schema schema(FeatureSchema s) {
        return new Manifest.Schema(s.version(), s.objectives().stream().map(o -> o.value()).toList(), s.contentWidth(),
                s.names());
    }

    private static final class Outcome {
        final List<TrainingReport.EpochMetrics> history = new ArrayList<>();
        EncoderWeights best;
        Scores bestScores;
        double seconds;
        long sessions;

        TrainingReport report(Corpus corpus) {
            return new TrainingReport(bestScores.auc(), bestScores.logLoss(), history.size(),
                    seconds > 0 ? sessions / seconds : 0, corpus.training().size(), corpus.validation().size(), history);
        }
    }
}
