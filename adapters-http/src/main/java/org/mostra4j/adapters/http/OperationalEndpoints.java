package org.mostra4j.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ObjectiveScorerFactory;
import org.mostra4j.domain.search.ScorerCatalogue;

/** The small endpoints: objectives, health, metrics and the snapshot reload. */
final class OperationalEndpoints {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OperationalEndpoints.class);
    private final ObjectMapper mapper;
    private final byte[] objectivesBody;
    private final SnapshotReload reload;
    private final Admission admission;
    private final ServiceMetrics metrics;
    private final ServiceSettings settings;

    OperationalEndpoints(ObjectMapper mapper, ObjectiveCatalogue objectives, ScorerCatalogue scorers, SnapshotReload reload,
            Admission admission, ServiceMetrics metrics, ServiceSettings settings, NamedPolicies policies) {
        this.mapper = mapper;
        this.reload = reload;
        this.admission = admission;
        this.metrics = metrics;
        this.settings = settings;
        this.objectivesBody = bytes(objectivesJson(objectives, scorers, policies));
    }

    /** {@code GET /v1/objectives}: what a policy may name; the catalogue is fixed at startup. */
    void objectives(Context ctx) {
        ctx.contentType("application/json").result(objectivesBody);
    }

    /** {@code GET /health}: 200 while serving, 503 once draining for shutdown. */
    void health(Context ctx) {
        boolean up = !admission.draining();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", up ? "up" : "draining");
        body.put("modelVersion", settings.modelVersion());
        body.put("inFlight", admission.inFlight());
        ctx.status(up ? 200 : 503).contentType("application/json").result(bytes(body));
    }

    /** {@code GET /metrics}: Prometheus text format. */
    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.prometheusText(admission.inFlight()));
    }

    /** {@code POST /v1/admin/reload}: one reload at a time; the problem when nothing was reloaded. */
    synchronized Optional<Problem> reload(Context ctx) {
        var result = reload.reload();
        if (result.isLeft()) {
            // the store's reason names the file and the lock holder's process: the log keeps it, clients get less
            LOG.warn("reload refused: {}", result.getLeft());
            return Optional.of(Problem.of(Problem.Kind.RELOAD_UNAVAILABLE, forClients(result.getLeft())));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("reloaded", true);
        body.put("detail", result.get());
        ctx.contentType("application/json").result(bytes(body));
        return Optional.empty();
    }

    /** Why nothing was reloaded, without file system paths or process ids. */
    private String forClients(String reason) {
        if (reload == SnapshotReload.NONE) {
            return reason;
        }
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("in use by") || r.contains("lock")) {
            return "the store is held by a process that writes it (a batch job); retry when it has finished; the "
                    + "previous snapshot stays in use";
        }
        return "the store could not be read; the previous snapshot stays in use (the server log has the reason)";
    }

    private static ObjectNode objectivesJson(ObjectiveCatalogue objectives, ScorerCatalogue scorers,
            NamedPolicies policies) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode os = root.putArray("objectives");
        for (Objective o : objectives.all()) {
            os.addObject().put("id", o.id().value()).put("description", o.description());
        }
        ArrayNode ss = root.putArray("scorers");
        for (ObjectiveScorerFactory s : scorers.all()) {
            ss.addObject().put("name", s.name()).put("description", s.description());
        }
        ArrayNode cs = root.putArray("concave");
        for (String c : new String[] {"sqrt", "log1p", "cap:T", "linear"}) {
            cs.add(c);
        }
        policies.describe(root.putArray("policies"));
        return root;
    }

    private byte[] bytes(ObjectNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
