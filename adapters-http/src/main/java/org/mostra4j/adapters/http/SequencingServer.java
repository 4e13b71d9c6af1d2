package org.mostra4j.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.BrowseSessionsPort;
import org.mostra4j.application.port.out.ReadTradeOffRunsPort;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ScorerCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real-time sequencing service on Javalin (Jetty 12): {@code POST /v1/sequence}, {@code GET /v1/objectives},
 * {@code GET /health}, {@code GET /metrics} and, when enabled, {@code POST /v1/admin/reload}. Built from the
 * application's use case and catalogues; one instance may {@link #start} several independent servers.
 */
public final class SequencingServer {
    private static final Logger LOG = LoggerFactory.getLogger(SequencingServer.class);
    private static final String STARTED = "mostra4j.started";
    private static final String ENDPOINT = "mostra4j.endpoint";
    private static final String OUTCOME = "mostra4j.outcome";
    /** Idle connections are closed after this; it also bounds how long a slow client may take to send a body. */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final SequenceSessionUseCase useCase;
    private final ObjectiveCatalogue objectives;
    private final ScorerCatalogue scorers;
    private final SnapshotReload reload;
    private final BrowseSessionsPort sessions;
    private final ReadTradeOffRunsPort runs;
    /** Text after the JSON document is malformed input, not something to ignore. */
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Inject
    public SequencingServer(SequenceSessionUseCase useCase, ObjectiveCatalogue objectives, ScorerCatalogue scorers,
            SnapshotReload reload, BrowseSessionsPort sessions, ReadTradeOffRunsPort runs) {
        this.useCase = useCase;
        this.objectives = objectives;
        this.scorers = scorers;
        this.reload = reload;
        this.sessions = sessions;
        this.runs = runs;
    }

    /** Without a store to browse: the explorer page still works with pasted sessions. */
    public SequencingServer(SequenceSessionUseCase useCase, ObjectiveCatalogue objectives, ScorerCatalogue scorers,
            SnapshotReload reload) {
        this(useCase, objectives, scorers, reload, BrowseSessionsPort.NONE, ReadTradeOffRunsPort.NONE);
    }

    /** {@link #start(ServiceSettings, SurfaceSettings)} with the default surface: loopback use, no admin token. */
    public RunningServer start(ServiceSettings settings) {
        return start(settings, NamedPolicies.none(), SurfaceSettings.defaults());
    }

    /** Like {@link #start(ServiceSettings)}, with policies a request may name ({@code "policy": "NAME"}). */
    public RunningServer start(ServiceSettings settings, NamedPolicies policies) {
        return start(settings, policies, SurfaceSettings.defaults());
    }

    /** {@link #start(ServiceSettings, NamedPolicies, SurfaceSettings)} without named policies. */
    public RunningServer start(ServiceSettings settings, SurfaceSettings surface) {
        return start(settings, NamedPolicies.none(), surface);
    }

    /**
     * Binds and starts a server; fails with an {@link IllegalStateException} naming the address when it cannot, or
     * when admin endpoints would be reachable from other hosts without a token.
     */
    public RunningServer start(ServiceSettings settings, NamedPolicies policies, SurfaceSettings surface) {
        surface.checkExposure(settings);
        ConnectionGuard guard = new ConnectionGuard(surface.connectionsPerClient(), surface.headerTimeout());
        AccessRules access = new AccessRules(surface);
        Admission admission = new Admission(settings.threads(), settings.queue(), settings.requestTimeout());
        ServiceMetrics metrics = new ServiceMetrics(settings.modelVersion());
        metrics.include(guard::prometheusText);
        SequenceHandler sequence = new SequenceHandler(mapper, useCase, admission, settings, policies);
        OperationalEndpoints info = new OperationalEndpoints(mapper, objectives, scorers, reload, admission, metrics, settings,
                policies);
        ExplorerEndpoints explorer = new ExplorerEndpoints(mapper, sessions, runs, settings);
        Javalin app = Javalin.create(config -> {
            jetty(config, settings, surface, guard);
            config.routes.before(access::checkOrigin);
            config.routes.before("/v1/admin/*", access::checkAdmin);
            routes(config, sequence, info, settings.adminReload());
            explorerRoutes(config, explorer);
            config.routes.after(ctx -> record(ctx, metrics));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                    + rootMessage(e), e);
        }
        int port = ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
        LOG.info("listening on http://{}:{} (workers {}, queue {}, model {})", settings.host(), port, settings.threads(),
                settings.queue(), settings.modelVersion());
        return new RunningServer(app, admission, URI.create("http://" + hostForUri(settings.host()) + ":" + port));
    }

    private void jetty(JavalinConfig config, ServiceSettings settings, SurfaceSettings surface, ConnectionGuard guard) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.jetty.threadPool = threadPool(settings);
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendDateHeader(false);
            http.addCustomizer(new SecurityHeaders());
        });
        // what Jetty refuses before any route runs is answered with a problem document too
        ProblemErrorHandler errors = new ProblemErrorHandler(mapper);
        config.jetty.modifyServer(server -> server.setErrorHandler(errors));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        config.jetty.addConnector((server, http) -> {
            ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
            c.setHost(settings.host());
            c.setPort(settings.port());
            c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            c.addBean(new NetworkConnectionLimit(surface.maxConnections(), c));
            c.addBean(guard);
            return c;
        });
    }

    private void routes(JavalinConfig config, SequenceHandler sequence, OperationalEndpoints info, boolean adminReload) {
        config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        config.routes.post("/v1/sequence", ctx -> {
            ctx.attribute(ENDPOINT, "/v1/sequence");
            var result = sequence.handle(ctx);
            if (result.isLeft()) {
                problem(ctx, result.getLeft());
            } else {
                ctx.status(200).contentType("application/json");
                sequence.write(result.get(), ctx.outputStream());
            }
        });
        config.routes.get("/v1/objectives", ctx -> {
            ctx.attribute(ENDPOINT, "/v1/objectives");
            info.objectives(ctx);
        });
        config.routes.get("/health", ctx -> {
            ctx.attribute(ENDPOINT, "/health");
            info.health(ctx);
        });
        config.routes.get("/metrics", ctx -> {
            ctx.attribute(ENDPOINT, "/metrics");
            info.metrics(ctx);
        });
        if (adminReload) {
            config.routes.post("/v1/admin/reload", ctx -> {
                ctx.attribute(ENDPOINT, "/v1/admin/reload");
                info.reload(ctx).ifPresent(p -> problem(ctx, p));
            });
        }
        config.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(e)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, Problem.of(Problem.Kind.INTERNAL, "unexpected error; the server log has the details"));
        });
    }

    /** The explorer page and its read-only session look-ups (never writes to the store). */
    private void explorerRoutes(JavalinConfig config, ExplorerEndpoints explorer) {
        for (String path : ExplorerEndpoints.ASSETS.keySet()) {
            config.routes.get(path, ctx -> {
                ctx.attribute(ENDPOINT, "/ (explorer page)");
                explorer.asset(ctx, path);
            });
        }
        config.routes.get("/v1/sessions", ctx -> {
            ctx.attribute(ENDPOINT, "/v1/sessions");
            explorer.find(ctx).ifPresent(p -> problem(ctx, p));
        });
        config.routes.get("/v1/sessions/{id}", ctx -> {
            ctx.attribute(ENDPOINT, "/v1/sessions/{id}");
            explorer.get(ctx).ifPresent(p -> problem(ctx, p));
        });
        config.routes.get("/v1/runs/latest", ctx -> {
            ctx.attribute(ENDPOINT, "/v1/runs/latest");
            explorer.latestRun(ctx).ifPresent(p -> problem(ctx, p));
        });
    }

    private static QueuedThreadPool threadPool(ServiceSettings s) {
        // connection threads park while they wait for a worker slot, so the pool holds every admitted request,
        // plus room for Jetty's acceptor and selectors and the cheap endpoints (health, metrics)
        int max = s.threads() + s.queue() + 16;
        // Jetty's job queue stays unbounded (Jetty warns that a bounded one can starve its selectors): the bound
        // on work is the admission semaphores, the bound on sockets is the connection limit
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(8, max), 60_000);
        pool.setName("mostra4j-http");
        return pool;
    }

    private void problem(Context ctx, Problem p) {
        if (p.kind() == Problem.Kind.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"mostra4j-admin\"");
        }
        if (p.kind() == Problem.Kind.OVERLOADED || p.kind() == Problem.Kind.TIMED_OUT
                || p.kind() == Problem.Kind.SHUTTING_DOWN) {
            ctx.header("Retry-After", "1");
            ctx.attribute(OUTCOME, switch (p.kind()) {
                case OVERLOADED -> Outcome.OVERLOADED;
                case TIMED_OUT -> Outcome.TIMED_OUT;
                default -> Outcome.DRAINING;
            });
        }
        try {
            ctx.status(p.status()).contentType(Problem.MEDIA_TYPE).result(mapper.writeValueAsBytes(p.toJson(ctx.path())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.status(500).contentType("text/plain").result("internal error");
        }
    }

    private static Problem fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> Problem.of(Problem.Kind.NOT_FOUND, "no such endpoint (see GET /v1/objectives, POST /v1/sequence)");
            case 405 -> Problem.of(Problem.Kind.METHOD_NOT_ALLOWED, "this endpoint does not accept that method");
            case 413 -> Problem.of(Problem.Kind.BODY_TOO_LARGE, "the request body is too large");
            default -> e.getStatus() >= 500 ? Problem.of(Problem.Kind.INTERNAL, "unexpected error")
                    : Problem.of(Problem.Kind.INVALID_REQUEST, "the request was refused (" + e.getStatus() + ")");
        };
    }

    private static void record(Context ctx, ServiceMetrics metrics) {
        Long started = ctx.attribute(STARTED);
        String endpoint = ctx.attribute(ENDPOINT);
        Outcome outcome = ctx.attribute(OUTCOME);
        metrics.record(endpoint == null ? "unmatched" : endpoint,
                outcome == null ? Outcome.ofStatus(ctx.statusCode()) : outcome,
                started == null ? 0 : System.nanoTime() - started);
    }

    private static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
