package org.mostra4j.adapters.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mostra4j.application.port.in.PolicySpec;

/** The knobs of a job as plain, serialisable data: what goes to the executors with each task. */
final class Knobs {
    private Knobs() {
    }

    /** A sequencing policy as given (resolved again on each executor, where the domain objects are built). */
    record Policy(Double epsilon, Double lambda, LinkedHashMap<String, Double> weights,
            LinkedHashMap<String, String> concave, Integer beam, Integer length, Boolean discount, String scorer)
            implements Serializable {
        static Policy of(PolicySpec spec, String scorer) {
            return new Policy(spec.epsilon(), spec.lambda(), new LinkedHashMap<>(spec.weights()),
                    new LinkedHashMap<>(spec.concave()), spec.beam(), spec.length(), spec.discount(), scorer);
        }

        PolicySpec spec() {
            return new PolicySpec(epsilon, lambda, Map.copyOf(weights), Map.copyOf(concave), beam, length, discount);
        }
    }

    /**
     * evaluate's knobs; sessions and skip only name the cut in the report's notes (Spark made the cut);
     * sequenceAware null = mostra-seq when the model has a sequence head.
     */
    record Evaluation(List<Double> epsilons, List<Double> lambdas, int k, Integer length, int replicates, long seed,
            long sessions, long skip, Boolean sequenceAware) implements Serializable {
        Evaluation {
            epsilons = List.copyOf(epsilons);
            lambdas = List.copyOf(lambdas);
        }
    }
}
