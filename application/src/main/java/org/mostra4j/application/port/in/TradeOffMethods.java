package org.mostra4j.application.port.in;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mostra4j.application.port.in.TradeOffMethod.Knob;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.policy.LinearScalarisation;
import org.mostra4j.domain.evaluation.policy.MostraBeam;
import org.mostra4j.domain.evaluation.policy.MostraSeq;
import org.mostra4j.domain.evaluation.policy.ObjectiveQuotas;
import org.mostra4j.domain.evaluation.policy.XQuadCoverage;
import org.mostra4j.domain.search.PrefixRelevance;
import org.mostra4j.domain.search.SequencingPolicy;

/**
 * The methods the frontier compares and {@code tune} searches, with the grid of every knob:
 * <ul>
 *   <li>{@code mostra}: ε, λ, φ (one concave function for every objective: sqrt, log1p, cap:2, linear) and a weight
 *       per objective; beam B = 5, the beam orders the first {@code length} positions;</li>
 *   <li>{@code linear}: linear scalarisation, λ and a weight per objective;</li>
 *   <li>{@code xquad}: xQuAD coverage, λ;</li>
 *   <li>{@code quota}: quotas with a share per objective (shares summing above 1 are scaled to sum 1);</li>
 *   <li>{@code mostra-seq}: Mostra's knobs with the model's prefix-aware SAT (only for a model with a sequence
 *       head).</li>
 * </ul>
 */
public final class TradeOffMethods {
    /** The concave functions of Mostra's φ knob, by index. */
    public static final List<String> CONCAVE = List.of("sqrt", "log1p", "cap:2", "linear");
    static final List<Double> WEIGHTS = List.of(0.5, 1.0, 2.0);

    private TradeOffMethods() {
    }

    /**
     * @param objectives the evaluated objectives (a weight or share knob each)
     * @param length     positions Mostra's beam orders (the k of the @k metrics, usually)
     */
    public static List<TradeOffMethod> standard(List<ObjectiveId> objectives, int length) {
        return List.of(mostra(objectives, length), linear(objectives), xquad(), quota(objectives));
    }

    /** The name of the method that needs a model with a sequence head. */
    public static final String MOSTRA_SEQ = "mostra-seq";

    /** Every method a command may name; {@link #MOSTRA_SEQ} is available only with a sequence head. */
    public static List<String> names() {
        return List.of("mostra", "linear", "xquad", "quota", MOSTRA_SEQ);
    }

    /** The standard methods, and {@code mostra-seq} when the model has a prefix head. */
    public static List<TradeOffMethod> available(List<ObjectiveId> objectives, int length,
            Optional<PrefixRelevance> head) {
        List<TradeOffMethod> out = new ArrayList<>(standard(objectives, length));
        head.ifPresent(h -> out.add(mostraSeq(objectives, length, h)));
        return List.copyOf(out);
    }

    /** Mostra's knobs and grid, decoded with the prefix-aware SAT of {@code head}; its policy object says so. */
    public static TradeOffMethod mostraSeq(List<ObjectiveId> objectives, int length, PrefixRelevance head) {
        TradeOffMethod mostra = mostra(objectives, length);
        return new TradeOffMethod(MOSTRA_SEQ, mostra.knobs(), s -> new MostraSeq(label(MOSTRA_SEQ, s),
                mostraPolicy(objectives, length, s), head), s -> {
                    Map<String, Object> out = mostraObject(objectives, length, s);
                    out.put("sequenceAware", true);
                    return out;
                });
    }

    /** The method of that name among {@code methods}. */
    public static Optional<TradeOffMethod> named(List<TradeOffMethod> methods, String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public static TradeOffMethod mostra(List<ObjectiveId> objectives, int length) {
        List<Knob> knobs = new ArrayList<>();
        knobs.add(new Knob("epsilon", List.of(0.02, 0.05, 0.1, 0.2, 0.5, 1.0), 0, 1, true));
        knobs.add(new Knob("lambda", List.of(0.05, 0.1, 0.2, 0.3, 0.5, 1.0), 0, 2, true));
        knobs.add(new Knob("phi", List.of(0.0, 1.0, 2.0, 3.0), 0, 3, false));
        objectives.forEach(o -> knobs.add(new Knob("weight." + o.value(), WEIGHTS, 0, 3, true)));
        return new TradeOffMethod("mostra", knobs, s -> new MostraBeam(label("mostra", s), mostraPolicy(objectives,
                length, s)), s -> mostraObject(objectives, length, s));
    }

    /** The Mostra policy of a setting, as {@code sequence} and the service would resolve its policy object. */
    static SequencingPolicy mostraPolicy(List<ObjectiveId> objectives, int length, Map<String, Double> s) {
        Map<String, Object> object = mostraObject(objectives, length, s);
        @SuppressWarnings("unchecked")
        Map<String, Double> weights = (Map<String, Double>) object.get("weights");
        @SuppressWarnings("unchecked")
        Map<String, String> concave = (Map<String, String>) object.get("concave");
        return new PolicySpec(s.get("epsilon"), s.get("lambda"), weights, concave, null, length, null).resolve()
                .getOrElseThrow(e -> new IllegalArgumentException(e.message()));
    }

    private static Map<String, Object> mostraObject(List<ObjectiveId> objectives, int length, Map<String, Double> s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("epsilon", s.get("epsilon"));
        out.put("lambda", s.get("lambda"));
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, String> concave = new LinkedHashMap<>();
        String phi = CONCAVE.get((int) Math.round(s.get("phi")));
        for (ObjectiveId o : objectives) {
            weights.put(o.value(), s.get("weight." + o.value()));
            concave.put(o.value(), phi);
        }
        out.put("weights", weights);
        out.put("concave", concave);
        out.put("length", length);
        return out;
    }

    public static TradeOffMethod linear(List<ObjectiveId> objectives) {
        List<Knob> knobs = new ArrayList<>();
        knobs.add(new Knob("lambda", List.of(0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2), 0, 0.5, true));
        objectives.forEach(o -> knobs.add(new Knob("weight." + o.value(), WEIGHTS, 0, 3, true)));
        return new TradeOffMethod("linear", knobs, s -> new LinearScalarisation(s.get("lambda"), perObjective(
                objectives, "weight.", s)), s -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("method", "linear");
                    out.put("lambda", s.get("lambda"));
                    out.put("weights", names(perObjective(objectives, "weight.", s)));
                    return out;
                });
    }

    public static TradeOffMethod xquad() {
        return new TradeOffMethod("xquad", List.of(new Knob("lambda", List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
                0.9), 0, 1, true)), s -> new XQuadCoverage(s.get("lambda")), s -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("method", "xquad");
                    out.put("lambda", s.get("lambda"));
                    return out;
                });
    }

    public static TradeOffMethod quota(List<ObjectiveId> objectives) {
        List<Knob> knobs = objectives.stream().map(o -> new Knob("share." + o.value(), List.of(0.0, 0.1, 0.2, 0.3),
                0, 0.5, true)).toList();
        return new TradeOffMethod("quota", knobs, s -> new ObjectiveQuotas(shares(objectives, s)), s -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("method", "quota");
            out.put("shares", names(shares(objectives, s)));
            return out;
        });
    }

    private static Map<ObjectiveId, Double> shares(List<ObjectiveId> objectives, Map<String, Double> s) {
        Map<ObjectiveId, Double> raw = perObjective(objectives, "share.", s);
        double sum = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        if (sum <= 1) {
            return raw;
        }
        Map<ObjectiveId, Double> scaled = new LinkedHashMap<>();
        raw.forEach((o, v) -> scaled.put(o, v / sum));
        return scaled;
    }

    private static Map<ObjectiveId, Double> perObjective(List<ObjectiveId> objectives, String prefix,
            Map<String, Double> s) {
        Map<ObjectiveId, Double> out = new LinkedHashMap<>();
        objectives.forEach(o -> out.put(o, s.get(prefix + o.value())));
        return out;
    }

    private static Map<String, Double> names(Map<ObjectiveId, Double> byId) {
        Map<String, Double> out = new LinkedHashMap<>();
        byId.forEach((o, v) -> out.put(o.value(), v));
        return out;
    }

    /** A label that tells settings apart: the method and a hash-free rendering of the setting. */
    static PolicyLabel label(String method, Map<String, Double> setting) {
        return new PolicyLabel(method + setting.toString(), "", 0.0);
    }
}
