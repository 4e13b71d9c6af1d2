package org.mostra4j.application.port.in;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mostra4j.domain.evaluation.Estimate;

/**
 * One evaluated setting of a method: its knobs, the policy object a user serves, and what it achieved on the
 * validation sessions (where it was chosen) and, once re-measured, on the test sessions.
 */
public record TradeOffPoint(String method, Map<String, Double> knobs, Map<String, Object> policy, Figures validation,
        Optional<Figures> test) {
    public TradeOffPoint {
        Objects.requireNonNull(method, "method");
        knobs = Collections.unmodifiableMap(new LinkedHashMap<>(knobs));
        policy = Collections.unmodifiableMap(new LinkedHashMap<>(policy));
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
    }

    public TradeOffPoint withTest(Figures figures) {
        return new TradeOffPoint(method, knobs, policy, validation, Optional.of(figures));
    }

    /**
     * What a policy achieves against SAT-only on a set of sessions, in percent.
     *
     * @param satLossPercent   the SAT@k loss (100 × (1 − SAT / SAT of SAT-only); negative = a gain), true SAT when an
     *                         oracle knows it, else predicted
     * @param gainPercent      per objective (by name), the % change of its count@k
     * @param loggedSatPercent the % change of SAT@k counted on logged labels, when every label is known
     */
    public record Figures(Estimate satLossPercent, Map<String, Estimate> gainPercent,
            Optional<Estimate> loggedSatPercent) {
        public Figures {
            Objects.requireNonNull(satLossPercent, "satLossPercent");
            gainPercent = Collections.unmodifiableMap(new LinkedHashMap<>(gainPercent));
            Objects.requireNonNull(loggedSatPercent, "loggedSatPercent");
        }

        /** The gain on one objective; 0 when the objective had no count on these sessions. */
        public double gain(String objective) {
            Estimate e = gainPercent.get(objective);
            return e == null ? 0.0 : e.value();
        }
    }
}
