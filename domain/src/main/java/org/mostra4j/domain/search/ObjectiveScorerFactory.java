package org.mostra4j.domain.search;

import org.mostra4j.domain.scoring.ConcaveCoverage;
import org.mostra4j.domain.scoring.ObjectiveScorer;

/**
 * A named objective score a request can choose. The built-in is {@code concave-coverage}
 * ({@link ConcaveCoverage} from the policy's λ, weights and φ). A plugin's scorer must satisfy the laws of
 * {@link ObjectiveScorer}; its test class implements {@code ObjectiveScorerLaws}.
 */
public interface ObjectiveScorerFactory {
    String name();

    String description();

    ObjectiveScorer create(SequencingPolicy policy);

    /** The built-in weighted concave coverage. */
    ObjectiveScorerFactory CONCAVE_COVERAGE = new ObjectiveScorerFactory() {
        @Override
        public String name() {
            return "concave-coverage";
        }

        @Override
        public String description() {
            return "λ · Σ_k w_k · φ_k(count of placed tracks serving k), φ ∈ {sqrt, log1p, cap:T, linear}";
        }

        @Override
        public ObjectiveScorer create(SequencingPolicy policy) {
            return policy.scorer();
        }
    };
}
