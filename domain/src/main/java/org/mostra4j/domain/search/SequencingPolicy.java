package org.mostra4j.domain.search;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.scoring.Concave;
import org.mostra4j.domain.scoring.ConcaveCoverage;
import org.mostra4j.domain.scoring.ObjectiveScorer;

/**
 * Every knob of the decoder, chosen per request.
 *
 * @param epsilon     the ε bound on satisfaction loss per step, in [0,1]; 0 = pure SAT order
 * @param lambda      the scale λ ≥ 0 of the objective score
 * @param weights     w_k ≥ 0 per named objective; objectives not named weigh {@link #DEFAULT_WEIGHT}
 * @param concave     φ_k per named objective; objectives not named use {@link #DEFAULT_CONCAVE}
 * @param beamWidth   B in 1..64
 * @param length      K ≥ 0 positions to produce; 0 = all candidates
 * @param discount    position discount γ_t = 1/log2(t+1) on (true) or off
 */
public record SequencingPolicy(double epsilon, double lambda, Map<ObjectiveId, Double> weights,
        Map<ObjectiveId, Concave> concave, int beamWidth, int length, boolean discount) {

    public static final double DEFAULT_EPSILON = 0.05;
    public static final double DEFAULT_LAMBDA = 0.07;
    public static final double DEFAULT_WEIGHT = 1.0;
    public static final Concave DEFAULT_CONCAVE = Concave.SQRT;
    public static final int DEFAULT_BEAM = 5;
    public static final int MAX_BEAM = 64;
    /** {@code length} value meaning "all candidates". */
    public static final int ALL = 0;

    public SequencingPolicy {
        if (!Double.isFinite(epsilon) || epsilon < 0 || epsilon > 1) {
            throw new IllegalArgumentException("epsilon must be in [0,1], was " + epsilon);
        }
        if (!Double.isFinite(lambda) || lambda < 0) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        Objects.requireNonNull(weights, "weights");
        weights.forEach((k, w) -> {
            if (w == null || !Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weight of " + k + " must be finite and >= 0, was " + w);
            }
        });
        weights = Map.copyOf(weights);
        concave = Map.copyOf(Objects.requireNonNull(concave, "concave"));
        if (beamWidth < 1 || beamWidth > MAX_BEAM) {
            throw new IllegalArgumentException("beam must be in 1.." + MAX_BEAM + ", was " + beamWidth);
        }
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0 (0 = all candidates), was " + length);
        }
    }

    /** The spec's defaults: ε = 0.05, λ = 0.07, w = 1, φ = sqrt, B = 5, all candidates, discount on. */
    public static SequencingPolicy defaults() {
        return new SequencingPolicy(DEFAULT_EPSILON, DEFAULT_LAMBDA, Map.of(), Map.of(), DEFAULT_BEAM, ALL, true);
    }

    public SequencingPolicy withEpsilon(double value) {
        return new SequencingPolicy(value, lambda, weights, concave, beamWidth, length, discount);
    }

    public SequencingPolicy withLambda(double value) {
        return new SequencingPolicy(epsilon, value, weights, concave, beamWidth, length, discount);
    }

    public SequencingPolicy withWeight(ObjectiveId objective, double value) {
        Map<ObjectiveId, Double> next = new TreeMap<>(weights);
        next.put(objective, value);
        return new SequencingPolicy(epsilon, lambda, next, concave, beamWidth, length, discount);
    }

    public SequencingPolicy withConcave(ObjectiveId objective, Concave value) {
        Map<ObjectiveId, Concave> next = new TreeMap<>(concave);
        next.put(objective, value);
        return new SequencingPolicy(epsilon, lambda, weights, next, beamWidth, length, discount);
    }

    public SequencingPolicy withBeamWidth(int value) {
        return new SequencingPolicy(epsilon, lambda, weights, concave, value, length, discount);
    }

    public SequencingPolicy withLength(int value) {
        return new SequencingPolicy(epsilon, lambda, weights, concave, beamWidth, value, discount);
    }

    public SequencingPolicy withDiscount(boolean value) {
        return new SequencingPolicy(epsilon, lambda, weights, concave, beamWidth, length, value);
    }

    public double weight(ObjectiveId objective) {
        // not getOrDefault: that boxes the default on every call, and the decoder asks per objective per session
        Double w = weights.get(objective);
        return w == null ? DEFAULT_WEIGHT : w;
    }

    public Concave concave(ObjectiveId objective) {
        return concave.getOrDefault(objective, DEFAULT_CONCAVE);
    }

    /** K for a session of n candidates: min(length, n), or n when length is {@link #ALL}. */
    public int outputLength(int candidates) {
        return length == ALL ? candidates : Math.min(length, candidates);
    }

    /** The built-in objective score this policy describes. */
    public ObjectiveScorer scorer() {
        return new ConcaveCoverage(lambda, this::weight, this::concave);
    }
}
