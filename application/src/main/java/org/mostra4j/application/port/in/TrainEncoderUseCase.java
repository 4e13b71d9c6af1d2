package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.mostra4j.application.port.out.EncoderSpec;
import org.mostra4j.application.port.out.TrainingReport;

/** Trains the set encoder on the stored logged sessions and writes the model file. */
public interface TrainEncoderUseCase {

    /** Returns the validation metrics, or why training could not run. */
    Either<String, TrainingReport> train(Command command);

    /**
     * @param spec     architecture and schedule
     * @param model    where the model file is written
     * @param limit    train on the first {@code limit} sessions by id (all when {@code <= 0})
     * @param progress receives each epoch's metrics as training goes
     */
    record Command(EncoderSpec spec, Path model, long limit, Consumer<TrainingReport.EpochMetrics> progress) {
        public Command {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(progress, "progress");
        }
    }
}
