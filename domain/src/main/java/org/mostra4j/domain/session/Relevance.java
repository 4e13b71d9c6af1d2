package org.mostra4j.domain.session;

/** Predicted satisfaction (probability of completion) of one candidate: finite, in [0,1]. */
public record Relevance(double value) implements Comparable<Relevance> {
    public Relevance {
        if (!isValid(value)) {
            throw new IllegalArgumentException("relevance must be finite and in [0,1], was " + value);
        }
    }

    public static boolean isValid(double value) {
        return Double.isFinite(value) && value >= 0.0 && value <= 1.0;
    }

    public static Relevance of(double value) {
        return new Relevance(value);
    }

    @Override
    public int compareTo(Relevance other) {
        return Double.compare(value, other.value);
    }
}
