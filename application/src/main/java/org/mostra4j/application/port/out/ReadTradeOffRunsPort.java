package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.mostra4j.application.port.out.SaveEvaluationRunPort.EvaluationRun;

/**
 * Read-only access to the newest frontier or tuning run in the store (runs whose id starts with {@code frontier-}
 * or {@code tune-}, as the frontier evaluation and {@code tune} save them), so that a person trying knobs can see
 * where they sit on it. Left: why runs cannot be read now (no store, or the store is held by a writer).
 */
public interface ReadTradeOffRunsPort {
    /** The run ids' prefixes that mark frontier and tuning runs. */
    java.util.List<String> PREFIXES = java.util.List.of("frontier-", "tune-");

    /** The newest such run by creation time; none when the store has none. */
    Either<String, Option<EvaluationRun>> latest();

    /** No store configured: no run to show (not an error: the explorer works without one). */
    ReadTradeOffRunsPort NONE = () -> Either.right(Option.none());
}
