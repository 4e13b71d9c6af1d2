package org.mostra4j.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.mostra4j.application.port.in.SequenceSessionUseCase;
import org.mostra4j.application.port.out.BrowseSessionsPort;
import org.mostra4j.application.port.out.ReadTradeOffRunsPort;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.SaveEvaluationRunPort;
import org.mostra4j.application.service.SequenceSessionService;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.search.ScorerCatalogue;
import org.mostra4j.domain.session.Relevance;

/** A server on an ephemeral loopback port, built without Guice, and a client for it. */
final class ServerFixture implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Stands in for the encoder: a relevance in [0.05, 0.95] derived from the track id and the set size, so it is
     * deterministic and the same for every request with the same candidates.
     */
    static final EncodeRelevancePort FAKE_ENCODER = (session, labels) -> Either.right(session.candidates().stream()
            .map(c -> Relevance.of(0.05 + 0.9 * Math.floorMod((c.track().value() + "/" + labels.size()).hashCode(), 1000)
                    / 999.0))
            .toList());

    final RunningServer running;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerFixture(SequenceSessionUseCase useCase, ServiceSettings settings, SnapshotReload reload) {
        this(useCase, settings, SurfaceSettings.defaults(), reload, BrowseSessionsPort.NONE, ReadTradeOffRunsPort.NONE);
    }

    ServerFixture(SequenceSessionUseCase useCase, ServiceSettings settings, SurfaceSettings surface,
            SnapshotReload reload) {
        this(useCase, settings, surface, reload, BrowseSessionsPort.NONE, ReadTradeOffRunsPort.NONE);
    }

    ServerFixture(SequenceSessionUseCase useCase, ServiceSettings settings, SnapshotReload reload,
            BrowseSessionsPort sessions, ReadTradeOffRunsPort runs) {
        this(useCase, settings, SurfaceSettings.defaults(), reload, sessions, runs);
    }

    ServerFixture(SequenceSessionUseCase useCase, ServiceSettings settings, SurfaceSettings surface,
            SnapshotReload reload, BrowseSessionsPort sessions, ReadTradeOffRunsPort runs) {
        SequencingServer server = new SequencingServer(useCase, ObjectiveCatalogue.builtIns(), ScorerCatalogue.builtIns(),
                reload, sessions, runs);
        this.running = server.start(settings.withPort(0), surface);
    }

    /** A frontier run as the frontier evaluation stores it: two Mostra settings re-measured on test sessions. */
    static final SaveEvaluationRunPort.EvaluationRun FRONTIER_RUN = new SaveEvaluationRunPort.EvaluationRun(
            "frontier-20261203T120000Z", java.time.Instant.parse("2026-12-03T12:00:00Z"), "frontier over mostra",
            java.util.Map.ofEntries(java.util.Map.entry("k", 10.0), java.util.Map.entry("true_sat", 1.0),
                    java.util.Map.entry("point.mostra.000.knob.epsilon", 0.05),
                    java.util.Map.entry("point.mostra.000.knob.lambda", 0.05),
                    java.util.Map.entry("point.mostra.000.knob.phi", 0.0),
                    java.util.Map.entry("point.mostra.000.validation.sat_loss", 0.3),
                    java.util.Map.entry("point.mostra.000.test.sat_loss", 0.4),
                    java.util.Map.entry("point.mostra.000.test.sat_loss.low", 0.1),
                    java.util.Map.entry("point.mostra.000.test.sat_loss.high", 0.7),
                    java.util.Map.entry("point.mostra.000.test.gain.exposure", 30.0),
                    java.util.Map.entry("point.mostra.000.test.gain.exposure.low", 20.0),
                    java.util.Map.entry("point.mostra.000.test.gain.exposure.high", 40.0),
                    java.util.Map.entry("point.mostra.000.test.logged_sat_change", -1.0),
                    java.util.Map.entry("point.mostra.001.knob.epsilon", 0.2),
                    java.util.Map.entry("point.mostra.001.knob.lambda", 0.3),
                    java.util.Map.entry("point.mostra.001.knob.phi", 3.0),
                    java.util.Map.entry("point.mostra.001.validation.sat_loss", 2.5),
                    java.util.Map.entry("point.mostra.001.validation.gain.exposure", 75.0)));

    static ServerFixture start() {
        return new ServerFixture(useCase(FAKE_ENCODER), settings(), SnapshotReload.NONE);
    }

    static SequenceSessionUseCase useCase(EncodeRelevancePort encoder) {
        return new SequenceSessionService(ObjectiveCatalogue.builtIns(), ScorerCatalogue.builtIns(), encoder,
                LoadObjectiveFactsPort.NONE);
    }

    static ServiceSettings settings() {
        return ServiceSettings.defaults().withWorkers(2, 8).withLimits(64 * 1024, 100, Duration.ofSeconds(2))
                .withModelVersion("fake-encoder-1");
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return running.uri().resolve(path);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    /** The {@code path} of every error in a problem body. */
    static List<String> paths(HttpResponse<String> response) throws IOException {
        return json(response).get("errors").findValuesAsText("path");
    }

    @Override
    public void close() {
        running.stop(Duration.ofSeconds(2));
    }
}
