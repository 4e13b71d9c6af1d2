package org.mostra4j.domain.scoring;

import io.vavr.control.Either;

/**
 * A concave, non-decreasing function φ on counts with φ(0) = 0. Applied to the number of placed items
 * serving an objective, it makes coverage submodular. Built-ins: {@code sqrt}, {@code log1p},
 * {@code cap:T} = min(x, T) (a target of T tracks) and {@code linear} = x (the modular ablation).
 */
public sealed interface Concave {
    double apply(int count);

    /** The textual form accepted by {@link #parse}. */
    String spec();

    Concave SQRT = new Sqrt();
    Concave LOG1P = new Log1p();
    Concave LINEAR = new Linear();

    static Concave cap(int target) {
        return new Cap(target);
    }

    /** Parses {@code sqrt}, {@code log1p}, {@code linear} or {@code cap:T} (T ≥ 1). */
    static Either<String, Concave> parse(String text) {
        if (text == null) {
            return Either.left("concave function is missing (one of sqrt, log1p, linear, cap:T)");
        }
        String t = text.strip();
        switch (t) {
            case "sqrt":
                return Either.right(SQRT);
            case "log1p":
                return Either.right(LOG1P);
            case "linear":
                return Either.right(LINEAR);
            default:
                break;
        }
        if (t.startsWith("cap:")) {
            try {
                int target = Integer.parseInt(t.substring(4));
                if (target >= 1) {
                    return Either.right(cap(target));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return Either.left("cap target must be an integer >= 1, was '" + t.substring(4) + "'");
        }
        return Either.left("unknown concave function '" + t + "' (one of sqrt, log1p, linear, cap:T)");
    }

    /** φ(x) = √x. */
    record Sqrt() implements Concave {
        public double apply(int count) {
            return Math.sqrt(count);
        }

        public String spec() {
            return "sqrt";
        }
    }

    /** φ(x) = ln(1 + x). */
    record Log1p() implements Concave {
        public double apply(int count) {
            return Math.log1p(count);
        }

        public String spec() {
            return "log1p";
        }
    }

    /** φ(x) = x: modular, the "linear g" ablation. */
    record Linear() implements Concave {
        public double apply(int count) {
            return count;
        }

        public String spec() {
            return "linear";
        }
    }

    /** φ(x) = min(x, T): rewards up to T tracks serving the objective, nothing after. */
    record Cap(int target) implements Concave {
        public Cap {
            if (target < 1) {
                throw new IllegalArgumentException("cap target must be >= 1, was " + target);
            }
        }

        public double apply(int count) {
            return Math.min(count, target);
        }

        public String spec() {
            return "cap:" + target;
        }
    }
}
