package org.mostra4j.adapters.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mostra4j.application.port.out.SaveEvaluationRunPort.EvaluationRun;

/**
 * A frontier or tuning run, from the store's one-value-per-row layout to the points the explorer places the
 * current knobs among. Row names (as the frontier evaluation and {@code tune} write them):
 * {@code point.<method>.<nnn>.knob.<knob>}, {@code point.<method>.<nnn>.(validation|test).sat_loss[.low|.high]},
 * {@code point.<method>.<nnn>.(validation|test).gain.<objective>[.low|.high]}, and {@code chosen.point} (tune).
 * Each point shows its test figures when it was re-measured on the test sessions, else its validation figures.
 */
final class TradeOffRunJson {
    private static final Pattern POINT = Pattern.compile("point\\.([^.]+)\\.(\\d+)\\.(.+)");
    private static final Pattern FIGURE = Pattern.compile("(validation|test)\\.(sat_loss|gain\\.([^.]+))(?:\\.(low|high))?");

    private TradeOffRunJson() {
    }

    static ObjectNode write(EvaluationRun run) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("runId", run.runId());
        root.put("kind", run.runId().startsWith("tune-") ? "tune" : "frontier");
        root.put("createdAt", run.createdAt().toString());
        root.put("description", run.description());
        Map<String, Double> m = run.metrics();
        if (m.containsKey("k")) {
            root.put("k", m.get("k").intValue());
        }
        if (m.containsKey("true_sat")) {
            root.put("trueSat", m.get("true_sat") == 1.0);
        }
        Map<String, Point> points = new TreeMap<>();
        new TreeMap<>(m).forEach((name, value) -> {
            Matcher p = POINT.matcher(name);
            if (p.matches()) {
                points.computeIfAbsent(p.group(1) + "." + p.group(2), k -> new Point(p.group(1), p.group(2)))
                        .add(p.group(3), value);
            }
        });
        String chosen = m.containsKey("chosen.point") ? String.format("%03d", m.get("chosen.point").intValue()) : null;
        ArrayNode list = root.putArray("points");
        points.values().forEach(p -> list.add(p.json(chosen)));
        return root;
    }

    /** One evaluated setting of a method; figures by phase ("validation", "test"). */
    private static final class Point {
        final String method;
        final String id;
        final ObjectNode knobs = JsonNodeFactory.instance.objectNode();
        final Map<String, ObjectNode> phases = new TreeMap<>();

        Point(String method, String id) {
            this.method = method;
            this.id = id;
        }

        void add(String rest, double value) {
            if (rest.startsWith("knob.")) {
                knobs.put(rest.substring("knob.".length()), value);
                return;
            }
            Matcher f = FIGURE.matcher(rest);
            if (!f.matches()) {
                return; // other figures (e.g. logged SAT) are not placed on the chart
            }
            ObjectNode phase = phases.computeIfAbsent(f.group(1), k -> JsonNodeFactory.instance.objectNode());
            ObjectNode target = f.group(3) == null ? phase.withObjectProperty("satLossPercent")
                    : phase.withObjectProperty("gainPercent").withObjectProperty(f.group(3));
            target.put(f.group(4) == null ? "value" : f.group(4), value);
        }

        ObjectNode json(String chosen) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("method", method).put("point", id);
            o.set("knobs", knobs);
            String phase = phases.containsKey("test") ? "test" : "validation";
            ObjectNode figures = phases.getOrDefault(phase, JsonNodeFactory.instance.objectNode());
            o.put("measuredOn", phase);
            o.set("satLossPercent", figures.get("satLossPercent"));
            o.set("gainPercent", figures.has("gainPercent") ? figures.get("gainPercent") : JsonNodeFactory.instance.objectNode());
            o.put("chosen", id.equals(chosen));
            return o;
        }
    }
}
