package org.mostra4j.domain.evaluation;

import java.util.Objects;

/**
 * Names one evaluated policy.
 *
 * @param method  the method (one line on a trade-off plot), e.g. {@code mostra-eps}, {@code linear}
 * @param knob    the name of the swept knob, e.g. {@code epsilon}, {@code lambda}; empty when none
 * @param value   the knob's value (0 when there is no knob)
 */
public record PolicyLabel(String method, String knob, double value) {
    public PolicyLabel {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method must be non-blank, was '" + method + "'");
        }
        Objects.requireNonNull(knob, "knob");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
    }

    public static PolicyLabel of(String method) {
        return new PolicyLabel(method, "", 0.0);
    }

    /** e.g. {@code mostra-eps[epsilon=0.05]} or {@code logged}. */
    public String display() {
        return knob.isEmpty() ? method : method + "[" + knob + "=" + trim(value) + "]";
    }

    private static String trim(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
