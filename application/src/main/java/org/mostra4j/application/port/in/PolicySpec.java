package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mostra4j.application.port.in.SequencingError.InvalidPolicy.Problem;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.Concave;
import org.mostra4j.domain.search.SequencingPolicy;

/**
 * A policy as it arrives from a boundary (CLI flags, HTTP JSON, config): every knob optional and raw.
 * {@link #resolve()} applies the defaults of {@link SequencingPolicy#defaults()} and reports every
 * malformed or out-of-range value, each naming its field. {@code sequenceAware} (mostra-seq: SAT that
 * depends on the prefix, from the model's sequence head) is not a decoder knob of §2.2 and travels beside
 * the resolved policy ({@link #sequenceAwareChoice()}); null = on when the model has a head.
 */
public record PolicySpec(Double epsilon, Double lambda, Map<String, Double> weights, Map<String, String> concave,
        Integer beam, Integer length, Boolean discount, Boolean sequenceAware) {

    public PolicySpec {
        weights = weights == null ? Map.of() : new LinkedHashMap<>(weights);
        concave = concave == null ? Map.of() : new LinkedHashMap<>(concave);
    }

    /** A policy without a sequence-aware choice (the default applies). */
    public PolicySpec(Double epsilon, Double lambda, Map<String, Double> weights, Map<String, String> concave,
            Integer beam, Integer length, Boolean discount) {
        this(epsilon, lambda, weights, concave, beam, length, discount, null);
    }

    /** No knob set: the defaults. */
    public static PolicySpec defaults() {
        return new PolicySpec(null, null, null, null, null, null, null, null);
    }

    /** Whether the request asked for (true) or against (false) sequence-aware decoding; empty = the default. */
    public java.util.Optional<Boolean> sequenceAwareChoice() {
        return java.util.Optional.ofNullable(sequenceAware);
    }

    public Either<SequencingError.InvalidPolicy, SequencingPolicy> resolve() {
        SequencingPolicy d = SequencingPolicy.defaults();
        List<Problem> problems = new ArrayList<>();
        double eps = epsilon == null ? d.epsilon() : epsilon;
        if (!Double.isFinite(eps) || eps < 0 || eps > 1) {
            problems.add(new Problem("epsilon", "must be in [0,1], was " + eps));
        }
        double lam = lambda == null ? d.lambda() : lambda;
        if (!Double.isFinite(lam) || lam < 0) {
            problems.add(new Problem("lambda", "must be finite and >= 0, was " + lam));
        }
        int b = beam == null ? d.beamWidth() : beam;
        if (b < 1 || b > SequencingPolicy.MAX_BEAM) {
            problems.add(new Problem("beam", "must be in 1.." + SequencingPolicy.MAX_BEAM + ", was " + b));
        }
        int len = length == null ? d.length() : length;
        if (len < 0) {
            problems.add(new Problem("length", "must be >= 0 (0 = all candidates), was " + len));
        }
        Map<ObjectiveId, Double> w = new LinkedHashMap<>();
        weights.forEach((name, value) -> {
            if (!ObjectiveId.isValid(name)) {
                problems.add(new Problem("weights." + name, "is not a valid objective name"));
            } else if (value == null || !Double.isFinite(value) || value < 0) {
                problems.add(new Problem("weights." + name, "must be finite and >= 0, was " + value));
            } else {
                w.put(ObjectiveId.of(name), value);
            }
        });
        Map<ObjectiveId, Concave> c = new LinkedHashMap<>();
        concave.forEach((name, text) -> {
            if (!ObjectiveId.isValid(name)) {
                problems.add(new Problem("concave." + name, "is not a valid objective name"));
            } else {
                Concave.parse(text).fold(err -> problems.add(new Problem("concave." + name, err)),
                        phi -> c.put(ObjectiveId.of(name), phi));
            }
        });
        if (!problems.isEmpty()) {
            return Either.left(new SequencingError.InvalidPolicy(problems));
        }
        return Either.right(new SequencingPolicy(eps, lam, w, c, b, len, discount == null ? d.discount() : discount));
    }
}
