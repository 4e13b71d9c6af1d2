package org.mostra4j.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.mostra4j.adapters.http.json.JsonProblem;
import org.mostra4j.application.port.out.BrowseSessionsPort;
import org.mostra4j.application.port.out.ReadTradeOffRunsPort;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/**
 * The explorer page ({@code GET /} and its script and style, from this module's resources) and the read-only
 * look-ups it uses: {@code GET /v1/sessions?q=PREFIX&limit=N}, {@code GET /v1/sessions/{id}} and
 * {@code GET /v1/runs/latest} (the newest frontier or tuning run).
 * Look-ups read the store file, so at most {@link #LOOKUPS} run at once; more wait up to the request timeout.
 */
final class ExplorerEndpoints {
    /** Store look-ups at once: each opens the file read-only, which costs I/O, not sequencing workers. */
    static final int LOOKUPS = 2;
    static final int DEFAULT_LIMIT = 20;
    /** Path on the server → (resource, content type). Every asset is served by the service itself. */
    static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[] {"explorer/index.html", "text/html; charset=utf-8"},
            "/explorer.js", new String[] {"explorer/explorer.js", "text/javascript; charset=utf-8"},
            "/explorer.css", new String[] {"explorer/explorer.css", "text/css; charset=utf-8"},
            "/favicon.svg", new String[] {"explorer/favicon.svg", "image/svg+xml"});

    private final ObjectMapper mapper;
    private final BrowseSessionsPort sessions;
    private final ReadTradeOffRunsPort runs;
    private final ServiceSettings settings;
    private final Semaphore lookups = new Semaphore(LOOKUPS);
    private final Map<String, byte[]> assets;

    ExplorerEndpoints(ObjectMapper mapper, BrowseSessionsPort sessions, ReadTradeOffRunsPort runs,
            ServiceSettings settings) {
        this.mapper = mapper;
        this.sessions = sessions;
        this.runs = runs;
        this.settings = settings;
        this.assets = Map.copyOf(ASSETS.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> resource(e.getValue()[0]))));
    }

    /** One of {@link #ASSETS}; revalidated on each load so that a new build's page is never stale. */
    void asset(Context ctx, String path) {
        ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
                .contentType(ASSETS.get(path)[1]).result(assets.get(path));
    }

    /** {@code GET /v1/sessions}: sessions whose id or user starts with {@code q}. */
    Optional<Problem> find(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        String limitText = ctx.queryParam("limit");
        int limit;
        try {
            limit = limitText == null ? DEFAULT_LIMIT : Integer.parseInt(limitText.strip());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > BrowseSessionsPort.MAX_RESULTS) {
            return Optional.of(Problem.invalid(List.of(new JsonProblem("limit",
                    "must be an integer in 1.." + BrowseSessionsPort.MAX_RESULTS + ", was " + limitText))));
        }
        int n = limit;
        return looked(() -> sessions.find(q, n)).fold(Optional::of, hits -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("query", q);
            ArrayNode list = root.putArray("sessions");
            for (BrowseSessionsPort.SessionSummary h : hits) {
                list.addObject().put("sessionId", h.id().value()).put("userId", h.user().value())
                        .put("date", h.date().toString()).put("context", h.context()).put("candidates", h.candidates());
            }
            json(ctx, root);
            return Optional.empty();
        });
    }

    /**
     * {@code GET /v1/sessions/{id}}: {@code session} is the request body for {@code POST /v1/sequence} (track ids
     * only: the store and the model supply the rest), {@code logged} the logged order with its SAT labels.
     */
    Optional<Problem> get(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || !id.strip().equals(id)) {
            return Optional.of(Problem.invalid(List.of(new JsonProblem("id", "expected a session id, was \"" + id + "\""))));
        }
        return looked(() -> sessions.get(SessionId.of(id))).fold(Optional::of, found -> {
            if (found.isEmpty()) {
                return Optional.of(Problem.of(Problem.Kind.SESSION_NOT_FOUND, "no logged session \"" + id + "\""));
            }
            json(ctx, sessionJson(found.get()));
            return Optional.empty();
        });
    }

    /**
     * {@code GET /v1/runs/latest}: {@code {"run": …}}, the newest frontier or tuning run as points the page places the
     * knobs among, or {@code {"run": null, "detail": why}} when there is none (no store, or no such run yet): an
     * absent run is an ordinary answer, not an error, since the page asks on every load.
     */
    Optional<Problem> latestRun(Context ctx) {
        return looked(runs::latest).fold(Optional::of, found -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            if (found.isEmpty()) {
                root.putNull("run");
                root.put("detail", "no frontier or tuning run to show (the service has no --db, or its store holds"
                        + " none yet: evaluate --frontier, tune)");
            } else {
                root.set("run", TradeOffRunJson.write(found.get()));
            }
            json(ctx, root);
            return Optional.empty();
        });
    }

    private static ObjectNode sessionJson(LoggedSession s) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode session = root.putObject("session");
        session.put("sessionId", s.id().value()).put("userId", s.user().value()).put("date", s.date().toString());
        ArrayNode candidates = session.putArray("candidates");
        ArrayNode logged = root.putArray("logged");
        for (LoggedCandidate c : s.candidates()) {
            candidates.addObject().put("trackId", c.track().value());
            ObjectNode l = logged.addObject().put("trackId", c.track().value()).put("position", c.loggedPosition());
            c.sat().ifPresentOrElse(sat -> l.put("sat", sat), () -> l.putNull("sat"));
        }
        root.put("context", s.context());
        return root;
    }

    private <T> Either<Problem, T> looked(java.util.function.Supplier<Either<String, T>> lookUp) {
        boolean admitted;
        try {
            admitted = lookups.tryAcquire(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            return Either.left(Problem.of(Problem.Kind.TIMED_OUT, "no session look-up slot was free within "
                    + settings.requestTimeout().toMillis() + " ms"));
        }
        try {
            return lookUp.get().mapLeft(why -> Problem.of(Problem.Kind.SESSIONS_UNAVAILABLE, why));
        } finally {
            lookups.release();
        }
    }

    private void json(Context ctx, ObjectNode body) {
        try {
            ctx.contentType("application/json").result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ExplorerEndpoints.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the explorer page is missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
