package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.evaluation.RankingPolicy;

/**
 * Counterfactual evaluation: re-orders every held-out logged session with each policy and reports
 * SAT@k and SAT-NDCG@k (predicted, logged, true when an oracle knows it), Obj@k and coverage, each as a
 * mean with a bootstrap 95 % interval and as % change against the SAT-only policy. Sessions are streamed
 * in chunks, so memory does not grow with their number.
 */
public interface EvaluatePoliciesUseCase {

    Either<EvaluationError, EvaluationReport> evaluate(Command command);

    /**
     * @param policies   the policies to compare (labels distinct); the SAT-only reference is added first
     *                   when missing
     * @param k          cut-off of every @k metric, ≥ 1
     * @param sessions   evaluate the first {@code sessions} sessions by id (all when ≤ 0)
     * @param chunkSize  sessions per chunk, ≥ 1
     * @param replicates bootstrap replicates, ≥ 1
     * @param seed       seeds the bootstrap (random policies carry their own seed)
     * @param progress   told after each chunk
     * @param skip       leave out the first {@code skip} sessions by id, e.g. those the encoder was trained
     *                   on, so that the evaluation is on held-out sessions (≥ 0)
     * @param vectors    track embeddings; when present every policy also gets the {@code gs} metric (the
     *                   Generalist–Specialist score of its top k: lower = more diverse)
     */
    record Command(List<RankingPolicy> policies, int k, long sessions, int chunkSize, int replicates, long seed,
            Consumer<Progress> progress, long skip, Optional<TrackVectors> vectors) {
        public static final int DEFAULT_CHUNK = 256;
        public static final int DEFAULT_REPLICATES = 200;

        public Command {
            policies = List.copyOf(policies);
            if (k < 1) {
                throw new IllegalArgumentException("k must be >= 1, was " + k);
            }
            if (chunkSize < 1) {
                throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
            }
            if (replicates < 1) {
                throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
            }
            Objects.requireNonNull(progress, "progress");
            if (skip < 0) {
                throw new IllegalArgumentException("skip must be >= 0, was " + skip);
            }
            Objects.requireNonNull(vectors, "vectors");
        }

        public Command(List<RankingPolicy> policies, int k, long sessions, int chunkSize, int replicates, long seed,
                Consumer<Progress> progress, long skip) {
            this(policies, k, sessions, chunkSize, replicates, seed, progress, skip, Optional.empty());
        }

        public Command(List<RankingPolicy> policies, int k, long sessions, int chunkSize, int replicates, long seed,
                Consumer<Progress> progress) {
            this(policies, k, sessions, chunkSize, replicates, seed, progress, 0);
        }

        public Command(List<RankingPolicy> policies, int k, long sessions, long seed) {
            this(policies, k, sessions, DEFAULT_CHUNK, DEFAULT_REPLICATES, seed, p -> { });
        }

        public Command withProgress(Consumer<Progress> value) {
            return new Command(policies, k, sessions, chunkSize, replicates, seed, value, skip, vectors);
        }

        public Command withSkip(long value) {
            return new Command(policies, k, sessions, chunkSize, replicates, seed, progress, value, vectors);
        }

        /** This command with the {@code gs} diversity metric, measured in {@code value}'s embedding space. */
        public Command withVectors(TrackVectors value) {
            return new Command(policies, k, sessions, chunkSize, replicates, seed, progress, skip,
                    Optional.of(value));
        }
    }

    /**
     * How far the evaluation is.
     *
     * @param done   sessions evaluated (or skipped) so far
     * @param target sessions asked for; 0 when all sessions were asked for (unknown total)
     */
    record Progress(long done, long target) {
    }
}
