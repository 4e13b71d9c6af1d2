package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Trains the set encoder and writes it as a model file. Contract: deterministic for a given source,
 * spec and seed; reports one {@link TrainingReport.EpochMetrics} per epoch to {@code progress} as it
 * goes; on failure returns why (no labelled sessions, unwritable file, ...) and writes no partial file.
 */
public interface TrainEncoderPort {
    Either<String, TrainingReport> train(LoadTrainingSessionsPort source, EncoderSpec spec, Path modelFile,
            Consumer<TrainingReport.EpochMetrics> progress);
}
