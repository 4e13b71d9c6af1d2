package org.mostra4j.adapters.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mostra4j.application.port.in.PolicySpec;

/**
 * Policies the service was started with ({@code serve --policy NAME=FILE.json}), which a request names with
 * {@code "policy": "NAME"}. Fixed for the life of the server.
 */
public record NamedPolicies(Map<String, PolicySpec> byName) {
    public NamedPolicies {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        byName.keySet().forEach(n -> {
            if (n.isBlank() || !n.strip().equals(n)) {
                throw new IllegalArgumentException("a policy name must be non-blank without surrounding spaces, was '"
                        + n + "'");
            }
        });
    }

    public static NamedPolicies none() {
        return new NamedPolicies(Map.of());
    }

    public Optional<PolicySpec> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names, for {@code GET /v1/objectives} and for the problem of an unknown name. */
    void describe(ArrayNode into) {
        byName.forEach((name, spec) -> {
            ObjectNode o = into.addObject();
            o.put("name", name);
            ObjectNode p = o.putObject("policy");
            if (spec.epsilon() != null) {
                p.put("epsilon", spec.epsilon());
            }
            if (spec.lambda() != null) {
                p.put("lambda", spec.lambda());
            }
            if (!spec.weights().isEmpty()) {
                ObjectNode w = p.putObject("weights");
                spec.weights().forEach(w::put);
            }
            if (!spec.concave().isEmpty()) {
                ObjectNode c = p.putObject("concave");
                spec.concave().forEach(c::put);
            }
            if (spec.beam() != null) {
                p.put("beam", spec.beam());
            }
            if (spec.length() != null) {
                p.put("length", spec.length());
            }
            if (spec.discount() != null) {
                p.put("discount", spec.discount());
            }
        });
    }
}
