package org.mostra4j.adapters.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mostra4j.application.port.in.PolicySpec;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Session;
import org.mostra4j.domain.session.SessionId;

/**
 * Reads the session JSON shared by the CLI and the HTTP endpoint:
 * {@code {"sessionId","userId","date","candidates":[{"trackId","artistId","relevance","objectives":[...]}],
 * "policy":{...}}}. Every problem is reported with its JSON path; unknown fields are problems too (a typo
 * must not be ignored silently).
 */
public final class SessionJson {
    private static final Set<String> SESSION_FIELDS = Set.of("sessionId", "userId", "date", "candidates", "policy");
    private static final Set<String> CANDIDATE_FIELDS = Set.of("trackId", "artistId", "relevance", "objectives");
    private static final Set<String> POLICY_FIELDS = Set.of("epsilon", "lambda", "weights", "concave", "beam", "length",
            "discount", "sequenceAware");

    private SessionJson() {
    }

    /**
     * The session and the optional policy it carries: an object, or the name of a policy the service was started
     * with ({@code "policy": "NAME"}; then {@code policy} holds the defaults until the name is resolved).
     */
    public record Request(Session session, PolicySpec policy, java.util.Optional<String> policyName) {
        public Request(Session session, PolicySpec policy) {
            this(session, policy, java.util.Optional.empty());
        }
    }

    /**
     * Reads a policy file's object: every knob optional, unknown knobs refused, and every objective named in
     * {@code weights} or {@code concave} must be one of {@code objectives}.
     */
    public static Validation<Seq<JsonProblem>, PolicySpec> parsePolicy(JsonNode node, Set<String> objectives) {
        Problems p = new Problems();
        if (node == null || !node.isObject()) {
            p.add("$", "expected a JSON object with the policy's knobs (" + String.join(", ",
                    POLICY_FIELDS.stream().sorted().toList()) + ")");
            return p.result(null);
        }
        PolicySpec spec = PolicyJson.parse(node, "$", p);
        for (String section : List.of("weights", "concave")) {
            JsonNode n = node.get(section);
            if (n != null && n.isObject()) {
                n.fieldNames().forEachRemaining(name -> {
                    if (!objectives.contains(name)) {
                        p.add("$." + section + "." + name, "unknown objective (known: " + String.join(", ",
                                objectives.stream().sorted().toList()) + ")");
                    }
                });
            }
        }
        return p.result(spec);
    }

    public static Validation<Seq<JsonProblem>, Request> parse(JsonNode root) {
        Problems p = new Problems();
        if (root == null || !root.isObject()) {
            p.add("$", "expected a JSON object");
            return p.result(null);
        }
        p.unknownFields(root, "$", SESSION_FIELDS);
        String sessionId = p.text(root, "$", "sessionId", true);
        String userId = p.text(root, "$", "userId", true);
        String dateText = p.text(root, "$", "date", true);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                p.add("$.date", "expected an ISO date YYYY-MM-DD, was \"" + dateText + "\"");
            }
        }
        List<Candidate> candidates = candidates(root.get("candidates"), p);
        JsonNode policyNode = root.get("policy");
        java.util.Optional<String> policyName = java.util.Optional.empty();
        PolicySpec policy = PolicySpec.defaults();
        if (policyNode != null && policyNode.isTextual()) {
            policyName = java.util.Optional.ofNullable(p.text(root, "$", "policy", false));
        } else {
            policy = PolicyJson.parse(policyNode, "$.policy", p);
        }
        if (!p.isEmpty()) {
            return p.result(null);
        }
        return p.result(new Request(new Session(SessionId.of(sessionId), UserId.of(userId), date, candidates), policy,
                policyName));
    }

    private static List<Candidate> candidates(JsonNode node, Problems p) {
        List<Candidate> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            p.add("$.candidates", "is required");
            return out;
        }
        if (!node.isArray()) {
            p.add("$.candidates", "expected an array");
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.candidates[" + i + "]";
            JsonNode c = node.get(i);
            if (!c.isObject()) {
                p.add(at, "expected an object");
                continue;
            }
            p.unknownFields(c, at, CANDIDATE_FIELDS);
            String track = p.text(c, at, "trackId", true);
            String artist = p.text(c, at, "artistId", false);
            if (track == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(track, i);
            if (first != null) {
                p.add(at + ".trackId", "track \"" + track + "\" duplicates $.candidates[" + first + "]");
            }
            Candidate candidate = Candidate.of(TrackId.of(track));
            if (artist != null) {
                candidate = candidate.withArtist(ArtistId.of(artist));
            }
            JsonNode rel = c.get("relevance");
            if (rel != null && !rel.isNull()) {
                if (!rel.isNumber()) {
                    p.add(at + ".relevance", "expected a number in [0,1], was " + rel);
                } else if (!Double.isFinite(rel.asDouble()) || rel.asDouble() < 0 || rel.asDouble() > 1) {
                    p.add(at + ".relevance", "must be in [0,1], was " + rel.asDouble());
                } else {
                    candidate = candidate.withRelevance(rel.asDouble());
                }
            }
            JsonNode obj = c.get("objectives");
            if (obj != null && !obj.isNull()) {
                Set<ObjectiveId> labels = objectives(obj, at + ".objectives", p);
                if (labels != null) {
                    candidate = candidate.withObjectives(labels);
                }
            }
            out.add(candidate);
        }
        return out;
    }

    private static Set<ObjectiveId> objectives(JsonNode node, String at, Problems p) {
        if (!node.isArray()) {
            p.add(at, "expected an array of objective names");
            return null;
        }
        Set<ObjectiveId> out = new LinkedHashSet<>();
        for (int j = 0; j < node.size(); j++) {
            JsonNode o = node.get(j);
            if (!o.isTextual() || !ObjectiveId.isValid(o.asText())) {
                p.add(at + "[" + j + "]", "expected an objective name (lower-case letters, digits, - and _), was " + o);
            } else {
                out.add(ObjectiveId.of(o.asText()));
            }
        }
        return out;
    }

    /** Reads the {@code policy} object (all knobs optional). */
    static final class PolicyJson {
        private PolicyJson() {
        }

        static PolicySpec parse(JsonNode node, String at, Problems p) {
            if (node == null || node.isNull()) {
                return PolicySpec.defaults();
            }
            if (!node.isObject()) {
                p.add(at, "expected an object (or, in a request, the name of a policy the service was started with)");
                return PolicySpec.defaults();
            }
            p.unknownFields(node, at, POLICY_FIELDS);
            Double epsilon = p.number(node, at, "epsilon");
            Double lambda = p.number(node, at, "lambda");
            Integer beam = p.integer(node, at, "beam");
            Integer length = p.integer(node, at, "length");
            Boolean discount = null;
            JsonNode d = node.get("discount");
            if (d != null && !d.isNull()) {
                if (d.isBoolean()) {
                    discount = d.asBoolean();
                } else {
                    p.add(at + ".discount", "expected true or false, was " + d);
                }
            }
            Boolean sequenceAware = null;
            JsonNode sa = node.get("sequenceAware");
            if (sa != null && !sa.isNull()) {
                if (sa.isBoolean()) {
                    sequenceAware = sa.asBoolean();
                } else {
                    p.add(at + ".sequenceAware", "expected true or false, was " + sa);
                }
            }
            Map<String, Double> weights = new HashMap<>();
            JsonNode w = node.get("weights");
            if (w != null && !w.isNull()) {
                if (!w.isObject()) {
                    p.add(at + ".weights", "expected an object {objective: weight}");
                } else {
                    w.fields().forEachRemaining(e -> {
                        if (e.getValue().isNumber()) {
                            weights.put(e.getKey(), e.getValue().asDouble());
                        } else {
                            p.add(at + ".weights." + e.getKey(), "expected a number, was " + e.getValue());
                        }
                    });
                }
            }
            Map<String, String> concave = new HashMap<>();
            JsonNode c = node.get("concave");
            if (c != null && !c.isNull()) {
                if (!c.isObject()) {
                    p.add(at + ".concave", "expected an object {objective: \"sqrt\"|\"log1p\"|\"cap:T\"|\"linear\"}");
                } else {
                    c.fields().forEachRemaining(e -> {
                        if (e.getValue().isTextual()) {
                            concave.put(e.getKey(), e.getValue().asText());
                        } else {
                            p.add(at + ".concave." + e.getKey(), "expected a string, was " + e.getValue());
                        }
                    });
                }
            }
            return new PolicySpec(epsilon, lambda, weights, concave, beam, length, discount, sequenceAware);
        }
    }

    /** Collects problems in document order. */
    static final class Problems {
        private final List<JsonProblem> list = new ArrayList<>();

        void add(String path, String message) {
            list.add(new JsonProblem(path, message));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        <T> Validation<Seq<JsonProblem>, T> result(T value) {
            return list.isEmpty() ? Validation.valid(value) : Validation.invalid(io.vavr.collection.List.ofAll(list));
        }

        void unknownFields(JsonNode node, String at, Set<String> known) {
            node.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    add(at + "." + f, "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            });
        }

        String text(JsonNode node, String at, String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    add(at + "." + field, "is required");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank() || !v.asText().strip().equals(v.asText())) {
                add(at + "." + field, "expected a non-blank string without surrounding spaces, was " + v);
                return null;
            }
            return v.asText();
        }

        Double number(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                add(at + "." + field, "expected a number, was " + v);
                return null;
            }
            return v.asDouble();
        }

        Integer integer(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                add(at + "." + field, "expected an integer, was " + v);
                return null;
            }
            return v.asInt();
        }
    }
}
