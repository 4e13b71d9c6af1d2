package org.mostra4j.domain.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One policy's results. Metrics that no session could support are absent from the maps.
 *
 * @param metrics  mean per session of each metric, with its 95 % interval
 * @param change   % change of each metric's mean against the reference policy (SAT-only), paired
 *                 bootstrap interval; absent where the reference mean is 0
 * @param sessions sessions this policy was scored on
 */
public record PolicyResult(PolicyLabel label, Map<String, Estimate> metrics, Map<String, Estimate> change,
        long sessions) {
    public PolicyResult {
        Objects.requireNonNull(label, "label");
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        change = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(change));
        if (sessions < 0) {
            throw new IllegalArgumentException("sessions must be >= 0, was " + sessions);
        }
    }
}
