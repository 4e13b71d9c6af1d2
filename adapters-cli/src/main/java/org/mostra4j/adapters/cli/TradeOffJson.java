package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.mostra4j.application.port.in.TradeOffPoint;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.domain.evaluation.Estimate;

/** The JSON and text renderings of a {@link TradeOffPoint}'s figures shared by tune and the frontier report. */
final class TradeOffJson {
    private TradeOffJson() {
    }

    /** {@code {"satLossPercent": x, "gainPercent": {...}}}, with intervals when asked. */
    static ObjectNode figures(Figures f, boolean intervals) {
        ObjectNode o = OutputFormatOption.object();
        o.put("satLossPercent", round(f.satLossPercent().value()));
        ObjectNode gains = o.putObject("gainPercent");
        f.gainPercent().forEach((k, e) -> gains.put(k, round(e.value())));
        if (intervals) {
            interval(o.putArray("satLossInterval"), f.satLossPercent());
            ObjectNode gi = o.putObject("gainInterval");
            f.gainPercent().forEach((k, e) -> interval(gi.putArray(k), e));
        }
        f.loggedSatPercent().ifPresent(e -> o.put("loggedSatChangePercent", round(e.value())));
        return o;
    }

    static ObjectNode policy(TradeOffPoint p) {
        return JsonFiles.MAPPER.valueToTree(p.policy());
    }

    static ObjectNode knobs(TradeOffPoint p) {
        return JsonFiles.MAPPER.valueToTree(p.knobs());
    }

    private static void interval(ArrayNode a, Estimate e) {
        a.add(round(e.low()));
        a.add(round(e.high()));
    }

    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** e.g. {@code +30.12 % [+27.80, +32.41]}. */
    static String text(Estimate e, boolean intervals) {
        return String.format(Locale.ROOT, "%+.2f %%", e.value())
                + (intervals ? String.format(Locale.ROOT, " [%+.2f, %+.2f]", e.low(), e.high()) : "");
    }
}
