package org.mostra4j.adapters.report;

import java.util.ArrayList;
import java.util.List;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.Metric;
import org.mostra4j.domain.evaluation.MetricLayout;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.mostra4j.domain.catalog.ObjectiveId;

/** The main table for a terminal: per policy, mean and % change against SAT-only of the key metrics. */
public final class MainTable {
    private MainTable() {
    }

    /** The key metrics present in the report: SAT three ways, each objective's count, coverage, GS when measured. */
    static List<Metric> columns(EvaluationReport r) {
        List<String> keys = new ArrayList<>(List.of("sat_predicted", "sat_logged", "sat_true"));
        r.objectives().stream().map(ObjectiveId::value).forEach(o -> keys.add("count_" + o));
        keys.add("coverage");
        keys.add(MetricLayout.GS);
        return keys.stream().flatMap(key -> r.metrics().stream().filter(m -> m.key().equals(key)))
                .filter(m -> r.policies().stream().anyMatch(p -> p.metrics().containsKey(m.key()))).toList();
    }

    public static String render(EvaluationReport r) {
        List<Metric> cols = columns(r);
        int width = Math.max(24, r.policies().stream().mapToInt(p -> p.label().display().length()).max().orElse(0) + 1);
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d sessions, k = %d; each cell: mean (%% change against %s)%n", r.sessions(), r.k(),
                r.reference().display()));
        out.append(String.format("%-" + width + "s", "policy"));
        for (Metric m : cols) {
            out.append(String.format(" %18s", m.title()));
        }
        out.append(System.lineSeparator());
        for (PolicyResult p : r.policies()) {
            out.append(String.format("%-" + width + "s", p.label().display()));
            for (Metric m : cols) {
                out.append(String.format(" %18s", Cells.value(p.metrics().get(m.key())) + " ("
                        + Cells.percent(p.change().get(m.key())) + ")"));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
