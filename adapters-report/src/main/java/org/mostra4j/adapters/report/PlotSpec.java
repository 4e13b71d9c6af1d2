package org.mostra4j.adapters.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One trade-off chart: a title, axis labels and named series of (x, y) points in drawing order.
 */
public record PlotSpec(String title, String xLabel, String yLabel, Map<String, List<double[]>> series) {
    public PlotSpec {
        series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
    }

    /** Settings losing more SAT (%) are left off the charts (they stay in the tables). */
    public static final double MAX_LOSS = 10.0;

    /** The chart of one objective: x = SAT loss %, y = objective gain %, settings losing ≤ {@link #MAX_LOSS}. */
    static PlotSpec of(TradeOffCurves curves, org.mostra4j.domain.catalog.ObjectiveId objective, int k) {
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        curves.curves().get(objective).forEach((method, points) -> {
            List<double[]> shown = points.stream().filter(p -> p.satLoss() <= MAX_LOSS)
                    .map(p -> new double[] {p.satLoss(), p.gain()}).toList();
            if (!shown.isEmpty()) {
                series.put(method, shown);
            }
        });
        return new PlotSpec(objective.value() + ": gain vs satisfaction loss",
                (curves.trueSat() ? "true" : "predicted") + " SAT@" + k + " loss (%)",
                objective.value() + "@" + k + " gain (%)", series);
    }
}
