package org.mostra4j.adapters.cli;

import com.google.inject.ImplementedBy;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Optional;
import org.mostra4j.adapters.ml.embedding.TrackVectorsFile;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase;
import org.mostra4j.application.port.in.FrontierUseCase;
import org.mostra4j.application.port.in.TuneUseCase;
import org.mostra4j.domain.diversity.TrackVectors;

/**
 * Opens what {@code evaluate} reads: the store file ({@code --db}) and the encoder model file
 * ({@code --model}), as a ready use case (store ports, encoder and, for a simulated world, the outcome
 * oracle bound). The composition root binds the real one; until then {@link Unwired} says what is missing.
 */
@ImplementedBy(EvaluationBackend.Unwired.class)
public interface EvaluationBackend {

    /**
     * The opened use case, or why the files cannot be used (named, for a usage error).
     *
     * @param world the simulated dataset folder (with its {@code simulation.yaml}) whose outcome oracle
     *              supplies the true SAT; empty for real data (no true SAT)
     */
    Either<String, Opened> open(Path db, Path model, Optional<Path> world);

    /**
     * The track embeddings of an embeddings model folder written by {@code embed} (for the {@code gs}
     * diversity metric), or why it cannot be read.
     */
    default Either<String, TrackVectors> embeddings(Path folder) {
        return new TrackVectorsFile().load(folder);
    }

    /** An opened store and model; closed when the evaluation ends. */
    interface Opened extends AutoCloseable {
        EvaluatePoliciesUseCase useCase();

        /** Frontiers over every knob on the same store, model and world. */
        default FrontierUseCase frontier() {
            throw new UsageException("this build does not wire the frontier evaluation");
        }

        /** Tuning to targets on the same store, model and world; runs are stored in the store. */
        default TuneUseCase tune() {
            throw new UsageException("this build does not wire tune");
        }

        /** The model's prefix head (mostra-seq); empty when the model has none. */
        default java.util.Optional<org.mostra4j.domain.search.PrefixRelevance> prefixRelevance() {
            return java.util.Optional.empty();
        }

        @Override
        void close();
    }

    /** The backend of a build without the store and encoder adapters. */
    final class Unwired implements EvaluationBackend {
        @Override
        public Either<String, Opened> open(Path db, Path model, Optional<Path> world) {
            return Either.left("evaluate needs the DuckDB store and the encoder adapters, which this build does not"
                    + " wire yet (bind " + EvaluationBackend.class.getName() + " in the composition root)");
        }
    }
}
