package org.mostra4j.domain.evaluation;

import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * The outcome of a counterfactual evaluation.
 *
 * @param k          the cut-off of every @k metric
 * @param sessions   sessions evaluated
 * @param skipped    sessions left out (empty, duplicated tracks, ...), with {@code notes} saying why
 * @param replicates bootstrap replicates behind every interval
 * @param seed       seed of the bootstrap and of the random policies
 * @param reference  the policy every % change is measured against (SAT-only, i.e. ε = 0)
 * @param trueSat    whether an oracle supplied the true expected satisfaction
 * @param notes      assumptions and warnings a reader needs
 */
public record EvaluationReport(int k, long sessions, long skipped, int replicates, long seed, PolicyLabel reference,
        boolean trueSat, List<ObjectiveId> objectives, List<Metric> metrics, List<PolicyResult> policies,
        List<String> notes) {
    public EvaluationReport {
        Objects.requireNonNull(reference, "reference");
        objectives = List.copyOf(objectives);
        metrics = List.copyOf(metrics);
        policies = List.copyOf(policies);
        notes = List.copyOf(notes);
    }
}
