package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Progress;

/**
 * Finds the setting of one method that meets every objective target with the least SAT loss on the validation
 * sessions (the grid, then local refinement with a derivative-free bounded optimiser), then re-measures it on the
 * disjoint test sessions. When no setting meets the targets, the closest one is returned, marked infeasible.
 */
public interface TuneUseCase {

    Either<EvaluationError, Result> tune(Command command);

    /**
     * @param targets           per objective name, the least % gain of its count@k against SAT-only
     * @param maxSatLossPercent the most SAT loss allowed, in percent (infinite = no limit)
     * @param budget            settings evaluated in all (grid sample and refinement), ≥ 1
     */
    record Command(TradeOffSessions sessions, TradeOffMethod method, Map<String, Double> targets,
            double maxSatLossPercent, int budget, Consumer<Progress> progress) {
        public Command {
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(method, "method");
            targets = Map.copyOf(targets);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException("tune needs at least one target");
            }
            if (!(maxSatLossPercent >= 0)) {
                throw new IllegalArgumentException("maxSatLossPercent must be >= 0, was " + maxSatLossPercent);
            }
            if (budget < 1) {
                throw new IllegalArgumentException("budget must be >= 1, was " + budget);
            }
            Objects.requireNonNull(progress, "progress");
        }
    }

    /**
     * @param feasible    whether the chosen point meets every target and the SAT-loss limit on validation
     * @param chosen      the feasible point of least validation SAT loss, else the closest point, with test figures
     * @param evaluations settings evaluated (grid and refinement)
     * @param search      how the search went, one line (grid size, optimiser, evaluations)
     * @param searched    every setting evaluated, in the order evaluated, with its validation figures (no test
     *                    figures: only the chosen one is re-measured), for a report's chart of the search
     */
    record Result(boolean feasible, TradeOffPoint chosen, int evaluations, long validationSessions, long testSessions,
            boolean trueSat, String search, List<String> notes, Optional<String> runId, List<TradeOffPoint> searched) {
        public Result {
            notes = List.copyOf(notes);
            searched = List.copyOf(searched);
        }

        /** A result that keeps no record of the settings searched (callers that need only the chosen one). */
        public Result(boolean feasible, TradeOffPoint chosen, int evaluations, long validationSessions,
                long testSessions, boolean trueSat, String search, List<String> notes, Optional<String> runId) {
            this(feasible, chosen, evaluations, validationSessions, testSessions, trueSat, search, notes, runId,
                    List.of());
        }
    }
}
