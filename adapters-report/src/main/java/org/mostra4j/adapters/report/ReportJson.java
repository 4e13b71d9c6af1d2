package org.mostra4j.adapters.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.Metric;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.mostra4j.domain.catalog.ObjectiveId;

/** The machine-readable report: every number of report.md, plus the trade-off points. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String render(EvaluationReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        header(root, r);
        ArrayNode policies = root.putArray("policies");
        for (PolicyResult p : r.policies()) {
            ObjectNode node = policies.addObject();
            node.put("policy", p.label().display()).put("method", p.label().method()).put("knob", p.label().knob())
                    .put("value", p.label().value()).put("sessions", p.sessions());
            estimates(node.putObject("metrics"), p.metrics());
            estimates(node.putObject("changePercent"), p.change());
        }
        curves(root.putObject("tradeOff"), TradeOffCurves.of(r));
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render report.json: " + e.getOriginalMessage(), e);
        }
    }

    private static void header(ObjectNode root, EvaluationReport r) {
        root.put("k", r.k());
        root.put("sessions", r.sessions());
        root.put("skipped", r.skipped());
        root.put("replicates", r.replicates());
        root.put("seed", r.seed());
        root.put("reference", r.reference().display());
        root.put("trueSat", r.trueSat());
        ArrayNode objectives = root.putArray("objectives");
        r.objectives().forEach(o -> objectives.add(o.value()));
        ArrayNode metrics = root.putArray("metrics");
        for (Metric m : r.metrics()) {
            metrics.addObject().put("key", m.key()).put("title", m.title()).put("meaning", m.meaning());
        }
    }

    private static void estimates(ObjectNode node, Map<String, Estimate> values) {
        values.forEach((key, e) -> node.putObject(key).put("value", e.value()).put("low", e.low()).put("high", e.high()));
    }

    private static void curves(ObjectNode node, TradeOffCurves c) {
        node.put("satMetric", c.satMetric());
        ObjectNode byObjective = node.putObject("curves");
        c.curves().forEach((objective, methods) -> {
            ObjectNode o = byObjective.putObject(objective.value());
            methods.forEach((method, points) -> {
                ArrayNode arr = o.putArray(method);
                points.forEach(p -> arr.addObject().put("policy", p.policy()).put("knob", p.knob())
                        .put("satLossPercent", p.satLoss()).put("gainPercent", p.gain()));
            });
        });
        ObjectNode budgets = node.putObject("bestGainWithinSatLoss");
        for (ObjectiveId objective : c.curves().keySet()) {
            ObjectNode o = budgets.putObject(objective.value());
            for (String method : c.curves().get(objective).keySet()) {
                ObjectNode m = o.putObject(method);
                for (double budget : TradeOffCurves.BUDGETS) {
                    c.best(objective, method, budget).ifPresent(p -> m.put(Double.toString(budget), p.gain()));
                }
            }
        }
    }

}
