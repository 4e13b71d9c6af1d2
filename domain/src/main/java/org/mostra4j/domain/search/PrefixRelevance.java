package org.mostra4j.domain.search;

import java.util.List;
import org.mostra4j.domain.objective.LabelledCandidate;

/**
 * Prefix-aware satisfaction (spec §2.3): a candidate's SAT given the prefix already placed,
 * {@code s_i(prefix) = σ(logit(s_i) + h(prefix, i))}, where {@code s_i} is the encoder's set-level
 * relevance and h a learned correction (position, run of tracks serving an objective just before,
 * objective shares so far).
 *
 * <p>Contract: {@link #start} and {@link Prefix#plus} are pure (a prefix state is immutable and may be
 * shared by several beams); {@link Prefix#shift} is finite and deterministic; an h that returns exactly
 * 0.0 leaves the relevance bit for bit unchanged ({@link #adjust}), so with {@link #NONE} the
 * prefix-aware decoder is §2.2's decoder.
 */
public interface PrefixRelevance {

    /** h ≡ 0: every candidate keeps its set-level relevance whatever precedes it. */
    PrefixRelevance NONE = items -> Prefix.ZERO;

    /**
     * The empty prefix over one candidate list; item indices used by {@link Prefix} are indices into
     * {@code items}.
     */
    Prefix start(List<LabelledCandidate> items);

    /** A placed prefix: what it says about each remaining candidate's SAT at the next position. */
    interface Prefix {
        /** The prefix of a model without a correction. */
        Prefix ZERO = new Prefix() {
            @Override
            public double shift(int item) {
                return 0.0;
            }

            @Override
            public Prefix plus(int item) {
                return this;
            }
        };

        /** h: the logit shift of {@code item} if it were placed at the next position. */
        double shift(int item);

        /** This prefix with {@code item} placed at the next position. */
        Prefix plus(int item);
    }

    /**
     * {@code σ(logit(s) + shift)}, and exactly {@code s} when the shift is 0 (no rounding through the
     * logit), so a zero correction changes nothing.
     */
    static double adjust(double relevance, double shift) {
        return adjust(relevance, logit(relevance), shift);
    }

    /** {@link #adjust(double, double)} with {@code logit(relevance)} computed once by the caller. */
    static double adjust(double relevance, double logit, double shift) {
        if (shift == 0.0 || relevance <= 0.0 || relevance >= 1.0) {
            return relevance;
        }
        return 1.0 / (1.0 + Math.exp(-(logit + shift)));
    }

    /** {@code ln(s / (1 − s))}; infinite at 0 and 1, where {@link #adjust} keeps s as it is. */
    static double logit(double relevance) {
        return Math.log(relevance / (1.0 - relevance));
    }
}
