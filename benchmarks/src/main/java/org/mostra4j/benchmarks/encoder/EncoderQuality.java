package org.mostra4j.benchmarks.encoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mostra4j.adapters.ml.encoder.synthetic.SyntheticWorld;
import org.mostra4j.adapters.ml.encoder.train.Corpus;
import org.mostra4j.adapters.ml.encoder.train.SameDiffEncoderTrainer;
import org.mostra4j.adapters.ml.encoder.train.Scores;
import org.mostra4j.application.port.out.EncoderSpec;
import org.mostra4j.application.port.out.TrainingReport;
import org.mostra4j.application.port.out.TrainingSession;

/**
 * Held-out quality of the Set Transformer, the per-track MLP and the world's true probabilities
 * (Bayes-optimal) on the synthetic set-aware world. Arguments: sessions epochs dModel blocks seed
 * [inducingPoints] (the last optional: ISAB blocks for the Set Transformer; default 0 = SAB).
 * Run with OMP_NUM_THREADS=1 (see docs/quality.md for the exact command).
 */
public final class EncoderQuality {
    private EncoderQuality() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int d = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int blocks = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
        int inducingPoints = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        SyntheticWorld world = SyntheticWorld.generate(
                new SyntheticWorld.Config(200, 120, 6, 4, sessions, 5, 30, 4.0, seed));
        EncoderSpec spec = new EncoderSpec(false, d, 4, blocks, inducingPoints, 0.0, epochs, 32, 2e-3, 3, 0.2, seed);
        Path dir = Files.createTempDirectory("encoder-quality");
        TrainingReport st = run("set-transformer", world, spec, dir);
        TrainingReport mlp = run("mlp", world, spec.withBaseline(true).withInducingPoints(0), dir);
        Scores bayes = bayes(world, spec);
        System.out.printf("RESULT sessions=%d epochs=%d d=%d blocks=%d seed=%d inducingPoints=%d%n", sessions, epochs, d,
                blocks, seed, inducingPoints);
        System.out.printf("RESULT set-transformer auc=%.4f logloss=%.4f epochs=%d sessions/s=%.0f%n",
                st.validationAuc(), st.validationLogLoss(), st.epochs(), st.sessionsPerSecond());
        System.out.printf("RESULT mlp             auc=%.4f logloss=%.4f epochs=%d sessions/s=%.0f%n",
                mlp.validationAuc(), mlp.validationLogLoss(), mlp.epochs(), mlp.sessionsPerSecond());
        System.out.printf("RESULT bayes-optimal   auc=%.4f logloss=%.4f candidates=%d%n", bayes.auc(), bayes.logLoss(),
                bayes.count());
    }

    private static TrainingReport run(String name, SyntheticWorld world, EncoderSpec spec, Path dir) {
        return new SameDiffEncoderTrainer().train(world.source(), spec, dir.resolve(name + ".model"),
                m -> System.out.printf("%s epoch %d loss %.4f val-auc %.4f val-logloss %.4f%n", name, m.epoch(),
                        m.trainLoss(), m.validationAuc(), m.validationLogLoss()))
                .getOrElseThrow(msg -> new IllegalStateException(msg));
    }

    /** The true probabilities scored against the logged labels of the validation split. */
    private static Scores bayes(SyntheticWorld world, EncoderSpec spec) {
        List<Double> p = new ArrayList<>();
        List<Float> y = new ArrayList<>();
        for (TrainingSession s : world.sessions()) {
            if (Corpus.isValidation(s.session().id(), spec.validationShare(), spec.seed())) {
                double[] truth = world.truth(s.session().id());
                for (int i = 0; i < truth.length; i++) {
                    p.add(truth[i]);
                    y.add(s.session().candidates().get(i).sat().map(b -> b ? 1f : 0f).orElse(Float.NaN));
                }
            }
        }
        double[] pa = p.stream().mapToDouble(Double::doubleValue).toArray();
        float[] ya = new float[y.size()];
        for (int i = 0; i < ya.length; i++) {
            ya[i] = y.get(i);
        }
        return Scores.of(pa, ya);
    }
}
