package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Progress;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.Estimate;

/**
 * Pareto frontiers over every knob: per method, a grid of settings evaluated on the validation sessions; the
 * method's Pareto set in (SAT loss, gain per objective) kept; each Pareto point re-measured on the disjoint test
 * sessions with bootstrap intervals; and, at each SAT-loss budget, the most each method buys per objective (chosen
 * on validation, reported on test) and jointly (dominated hypervolume of the test figures).
 */
public interface FrontierUseCase {

    Either<EvaluationError, Report> frontier(Command command);

    /**
     * @param pointsPerMethod settings evaluated per method: the whole grid when it is smaller, else a sample of
     *                        it drawn with the seed
     * @param budgets         SAT-loss budgets in percent, e.g. 0.1, 0.5, 1, 2
     */
    record Command(TradeOffSessions sessions, List<TradeOffMethod> methods, int pointsPerMethod, List<Double> budgets,
            Consumer<Progress> progress) {
        public static final List<Double> DEFAULT_BUDGETS = List.of(0.1, 0.5, 1.0, 2.0);

        public Command {
            Objects.requireNonNull(sessions, "sessions");
            methods = List.copyOf(methods);
            budgets = List.copyOf(budgets);
            if (methods.isEmpty() || pointsPerMethod < 1) {
                throw new IllegalArgumentException("a frontier needs a method and pointsPerMethod >= 1");
            }
            Objects.requireNonNull(progress, "progress");
        }
    }

    /**
     * @param trueSat        whether SAT is the oracle's true SAT (else the encoder's predicted SAT)
     * @param hypervolumeRef the reference point of the hypervolume at budget b: (SAT loss = b, every gain = 0)
     */
    record Report(int k, long validationSessions, long testSessions, boolean trueSat, List<ObjectiveId> objectives,
            List<MethodFrontier> methods, List<Budget> budgets, String hypervolumeRef, List<String> notes,
            Optional<String> runId) {
        public Report {
            objectives = List.copyOf(objectives);
            methods = List.copyOf(methods);
            budgets = List.copyOf(budgets);
            notes = List.copyOf(notes);
        }
    }

    /** A method's settings evaluated, and its Pareto set (with test figures). */
    record MethodFrontier(String method, long gridSize, int evaluated, List<TradeOffPoint> pareto) {
        public MethodFrontier {
            pareto = List.copyOf(pareto);
        }
    }

    /**
     * What a method buys within a SAT-loss budget on the test sessions.
     *
     * @param best        per objective, the Pareto point with the highest validation gain whose validation SAT loss is
     *                    within the budget (absent when none is), reported with its test gain
     * @param hypervolume dominated hypervolume of the Pareto points within budget, in (budget − SAT loss, gains),
     *                    units %^(1 + objectives)
     */
    record Budget(double budgetPercent, String method, Map<String, Best> best, double hypervolume) {
        public Budget {
            best = Map.copyOf(best);
        }
    }

    /** The best point for one objective and its test gain with the interval. */
    record Best(TradeOffPoint point, Estimate gain) {
    }
}
