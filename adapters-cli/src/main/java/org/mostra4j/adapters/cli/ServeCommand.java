package org.mostra4j.adapters.cli;

import com.google.inject.Injector;
import com.google.inject.Module;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.cli.bootstrap.CompositionRoot;
import org.mostra4j.adapters.cli.bootstrap.Installation;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import org.mostra4j.adapters.http.NamedPolicies;
import org.mostra4j.adapters.http.RunningServer;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.adapters.http.SnapshotReload;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.persistence.DuckDbExplorerLookups;
import org.mostra4j.adapters.persistence.ReloadableFacts;
import org.mostra4j.application.port.out.BrowseSessionsPort;
import org.mostra4j.application.port.out.ReadTradeOffRunsPort;
import org.mostra4j.adapters.persistence.SnapshotFactsModule;
import org.mostra4j.adapters.persistence.StoreException;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.http.AdminToken;
import org.mostra4j.adapters.http.SequencingServer;
import org.mostra4j.adapters.http.ServiceSettings;
import org.mostra4j.adapters.http.SurfaceSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the real-time sequencing service until SIGTERM or Ctrl-C, then drains: requests in flight finish, new ones
 * get 503, and the listener closes. The injector is built here, with the store and model given on the command line
 * bound over the defaults.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve POST /v1/sequence (the session JSON of 'sequence', with an optional \"policy\"),",
                "GET /v1/objectives, GET /health and GET /metrics (Prometheus) over HTTP, and the explorer page at /",
                "(try policies on a logged session or a pasted one; read-only).",
                "Without --model every candidate needs \"relevance\"; without --db objectives come from the"
                        + " candidates' \"objectives\" labels only."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j serve --port 8080",
                "  curl -s -H 'Content-Type: application/json' --data @examples/worked-example.json"
                        + " localhost:8080/v1/sequence",
                "  ./mostra4j serve --db mostra4j.duckdb --model model.bin --threads 2",
                "  ./mostra4j serve --host 0.0.0.0 --admin-reload --admin-token-file /etc/mostra4j/admin.token",
                "  ./mostra4j serve --policy tuned=policy.json   (then \"policy\": \"tuned\" in a request)"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "DuckDB store: catalogue, histories and lists are loaded into memory from a read-only "
            + "open at start, and the file is closed again (reload with --admin-reload).")
    Path db;
    @Option(names = "--model", paramLabel = "FILE", description = "Encoder model file (relevance for candidates without it).")
    Path model;
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default 8080; 0 = any free port).")
    int port = 8080;
    @Option(names = "--host", paramLabel = "ADDR", description = "Interface to bind (default 127.0.0.1; 0.0.0.0 = all).")
    String host = "127.0.0.1";
    @Option(names = "--threads", paramLabel = "N", description = "Requests sequenced at once (default: the number of cores).")
    Integer threads;
    @Option(names = "--queue", paramLabel = "Q", description = "Requests that may wait for a worker; beyond, 503 at once "
            + "(default 64 per thread).")
    Integer queue;
    @Option(names = "--max-candidates", paramLabel = "N", description = "Most candidates per session (default 500).")
    Integer maxCandidates;
    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default 262144).")
    Integer maxBody;
    @Option(names = "--timeout-ms", paramLabel = "MS", description = "Longest wait for a worker before 503 (default 1000).")
    Integer timeoutMs;
    @Option(names = "--admin-reload", description = "Enable POST /v1/admin/reload (off by default).")
    boolean adminReload;
    @Option(names = "--policy", paramLabel = "NAME=FILE", description = "A policy file (e.g. written by `tune --out`)"
            + " that requests name with \"policy\": \"NAME\"; listed by GET /v1/objectives. Repeatable.")
    List<String> policies = new ArrayList<>();
    @Option(names = "--shutdown-grace-ms", paramLabel = "MS", description = "How long a shutdown waits for requests in "
            + "flight (default 10000).")
    long graceMs = 10_000;
    @Option(names = "--admin-token-file", paramLabel = "FILE", description = "File holding the bearer token that "
            + "/v1/admin/* requires (one line, at least 16 characters); required with --admin-reload on a non-loopback --host.")
    Path adminTokenFile;
    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Browser origin allowed to call the service, e.g. "
            + "https://app.example.com (repeatable; default none: requests from other origins get 403).")
    List<String> cors = new ArrayList<>();
    @Option(names = "--header-timeout-ms", paramLabel = "MS", description = "Longest time a client may take to send a "
            + "request's headers before its connection is closed (default 10000).")
    Long headerTimeoutMs;
    @Option(names = "--max-connections-per-client", paramLabel = "N", description = "Most open connections from one "
            + "client address; more are closed at once (default 128).")
    Integer connectionsPerClient;
    @Option(names = "--max-connections", paramLabel = "N", description = "Most open connections in all; beyond, new "
            + "ones wait in the kernel's backlog (default 1024).")
    Integer maxConnections;

    @Override
    public Integer call() throws InterruptedException {
        RunningServer running = start();
        Duration grace = Duration.ofMillis(graceMs);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.stop(grace), "mostra4j-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("mostra4j: serving on " + running.uri() + " (SIGTERM or Ctrl-C stops it gracefully)");
        out.flush();
        running.awaitStopped();
        return 0;
    }

    /** Parses the options into settings, builds the injector and starts listening. */
    RunningServer start() {
        ServiceSettings settings = settings();
        SurfaceSettings surface = surface();
        try {
            surface.checkExposure(settings);
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        Injector injector = CompositionRoot.injector(overrides().toArray(Module[]::new));
        NamedPolicies named = new NamedPolicies(PolicyFiles.named(policies, injector.getInstance(
                ObjectiveCatalogue.class)));
        if (model != null) {
            injector.getInstance(ModelRelevanceEncoder.class).loadNow().ifPresent(reason -> {
                throw new UsageException(reason);
            });
        }
        try {
            return injector.getInstance(SequencingServer.class).start(settings, named, surface);
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private List<Module> overrides() {
        Preflight.of().store("--db", db).file("--model", model).orFail();
        List<Module> modules = new ArrayList<>(Installation.modules(Optional.empty(), Optional.ofNullable(model)));
        if (db != null) {
            // read-only open, load, close: batch jobs may write the file while the service runs (docs/service.md)
            ReloadableFacts facts = loadFacts(db);
            modules.add(SnapshotFactsModule.of(facts));
            modules.add(new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), SnapshotReload.class).setBinding()
                            .toInstance(facts::reload);
                    // the explorer page's session look-ups: read-only opens, one per look-up
                    DuckDbExplorerLookups lookups = new DuckDbExplorerLookups(StoreOptions.at(db));
                    OptionalBinder.newOptionalBinder(binder(), BrowseSessionsPort.class).setBinding().toInstance(lookups);
                    OptionalBinder.newOptionalBinder(binder(), ReadTradeOffRunsPort.class).setBinding().toInstance(lookups);
                }
            });
        }
        return modules;
    }

    private ReloadableFacts loadFacts(Path file) {
        ReloadableFacts facts;
        try {
            facts = ReloadableFacts.fromFile(StoreOptions.at(file));
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
        if (!Verbosity.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("mostra4j: " + file + ": " + facts.lastLoad() + " (file closed again)");
            err.flush();
        }
        return facts;
    }

    private SurfaceSettings surface() {
        SurfaceSettings d = SurfaceSettings.defaults();
        try {
            return d.withConnections(headerTimeoutMs == null ? d.headerTimeout() : Duration.ofMillis(headerTimeoutMs),
                            connectionsPerClient == null ? d.connectionsPerClient() : connectionsPerClient,
                            maxConnections == null ? d.maxConnections() : maxConnections)
                    .withCorsOrigins(cors)
                    .withAdminToken(adminTokenFile == null ? AdminToken.NONE : readToken(adminTokenFile));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static AdminToken readToken(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file (--admin-token-file)");
        }
        try {
            return AdminToken.of(Files.readString(file));
        } catch (java.io.IOException e) {
            throw new UsageException(file + ": cannot read the admin token: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private ServiceSettings settings() {
        ServiceSettings d = ServiceSettings.defaults();
        int t = threads == null ? d.threads() : threads;
        try {
            return d.withHost(host).withPort(port).withWorkers(t, queue == null ? ServiceSettings.QUEUE_PER_WORKER * t : queue)
                    .withLimits(maxBody == null ? d.maxBodyBytes() : maxBody,
                            maxCandidates == null ? d.maxCandidates() : maxCandidates,
                            timeoutMs == null ? d.requestTimeout() : Duration.ofMillis(timeoutMs))
                    .withAdminReload(adminReload)
                    .withModelVersion(model == null ? "none" : model.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
