package org.mostra4j.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores evaluation runs: named metric values. Contract: saving a run id again replaces it; {@link #list}
 * is in run-id order with metrics in name order.
 */
public interface SaveEvaluationRunPort {
    void save(EvaluationRun run);

    List<EvaluationRun> list();

    /** One evaluation run: what was evaluated and the metric values (finite). */
    record EvaluationRun(String runId, Instant createdAt, String description, Map<String, Double> metrics) {
        public EvaluationRun {
            if (runId == null || runId.isBlank()) {
                throw new IllegalArgumentException("runId must be non-blank, was '" + runId + "'");
            }
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(description, "description");
            metrics = Map.copyOf(metrics);
            metrics.forEach((k, v) -> {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("metric " + k + " must be finite, was " + v);
                }
            });
        }
    }
}
