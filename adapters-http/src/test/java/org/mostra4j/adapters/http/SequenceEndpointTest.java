package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.http.json.SequenceJson;
import org.mostra4j.adapters.http.json.SessionJson;
import org.mostra4j.application.port.in.SequenceSessionUseCase;

/** The happy paths over real HTTP on loopback. */
class SequenceEndpointTest {
    static final Path WORKED_EXAMPLE = Path.of("../examples/worked-example.json");
    static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String workedExample(String policy) throws IOException {
        String json = Files.readString(WORKED_EXAMPLE).strip();
        return policy == null ? json : json.substring(0, json.length() - 1) + ", \"policy\": " + policy + "}";
    }

    static List<String> tracks(JsonNode sequence) {
        List<String> out = new ArrayList<>();
        sequence.get("sequence").forEach(p -> out.add(p.get("trackId").asText()));
        return out;
    }

    @Test
    void workedExampleFollowsTheSpecAtEachEpsilon() throws Exception {
        assertEquals(List.of("t1", "t2", "t4", "t3"), tracks(sequence("{\"epsilon\": 0}")));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(sequence("{\"epsilon\": 0.05}")));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(sequence("{\"epsilon\": 0.2, \"beam\": 3}")));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(sequence(null)));
        JsonNode first = sequence("{\"epsilon\": 0.05}").get("sequence").get(0);
        assertEquals(0.95 + 0.07, first.get("score").asDouble(), 1e-12);
        assertEquals("exposure", first.get("objectives").get(0).asText());
    }

    @Test
    void everyKnobReachesTheSearch() throws Exception {
        JsonNode r = sequence("{\"epsilon\": 1, \"lambda\": 0.5, \"weights\": {\"exposure\": 0, \"boost\": 0},"
                + " \"concave\": {\"discovery\": \"cap:1\"}, \"beam\": 1, \"length\": 2, \"discount\": false}");
        assertEquals(List.of("t3", "t1"), tracks(r));
        assertEquals(0.80 + 0.5, r.get("sequence").get(0).get("score").asDouble(), 1e-12);
    }

    @Test
    void answerEqualsTheUseCaseWrittenByTheSharedCodec() throws Exception {
        String body = workedExample("{\"epsilon\": 0.05}");
        var request = SessionJson.parse(ServerFixture.MAPPER.readTree(body)).get();
        var direct = ServerFixture.useCase(ServerFixture.FAKE_ENCODER)
                .sequence(new SequenceSessionUseCase.Command(request.session(), request.policy().resolve().get())).get();
        assertEquals(SequenceJson.write(direct), ServerFixture.json(server.post("/v1/sequence", body)));
    }

    @Test
    void candidatesWithoutRelevanceAreScoredByTheEncoder() throws Exception {
        var r = server.post("/v1/sequence", """
                {"sessionId":"s","userId":"u","date":"2026-01-01","candidates":[{"trackId":"a"},{"trackId":"b"}]}""");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode seq = ServerFixture.json(r).get("sequence");
        assertEquals(2, seq.size());
        assertTrue(seq.get(0).get("relevance").asDouble() > 0, r.body());
    }

    @Test
    void objectivesListTheCatalogue() throws Exception {
        var r = server.get("/v1/objectives");
        assertEquals(200, r.statusCode());
        assertEquals(List.of("boost", "discovery", "exposure"), ServerFixture.json(r).get("objectives").findValuesAsText("id"));
        assertTrue(ServerFixture.json(r).get("scorers").findValuesAsText("name").contains("concave-coverage"), r.body());
    }

    @Test
    void healthReportsUpAndTheModel() throws Exception {
        var r = server.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("up", ServerFixture.json(r).get("status").asText());
        assertEquals("fake-encoder-1", ServerFixture.json(r).get("modelVersion").asText());
    }

    @Test
    void metricsCountOutcomesAndTimeRequests() throws Exception {
        sequence(null);
        server.post("/v1/sequence", "{");
        var r = server.get("/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        String text = r.body();
        assertTrue(text.matches("(?s).*mostra4j_http_requests_total\\{endpoint=\"/v1/sequence\",outcome=\"ok\"} [1-9].*"),
                text);
        assertTrue(text.matches(
                "(?s).*mostra4j_http_requests_total\\{endpoint=\"/v1/sequence\",outcome=\"client_error\"} [1-9].*"), text);
        assertTrue(text.contains("mostra4j_http_request_duration_seconds_bucket{endpoint=\"/v1/sequence\",le=\"+Inf\"}"),
                text);
        assertTrue(text.contains("# TYPE mostra4j_http_request_duration_seconds histogram"), text);
        assertTrue(text.contains("mostra4j_http_request_duration_seconds_bucket{endpoint=\"/v1/sequence\",le=\"0.0005\"}"),
                text);
        assertTrue(text.contains("mostra4j_model_info{version=\"fake-encoder-1\"} 1"), text);
    }

    private static JsonNode sequence(String policy) throws Exception {
        var r = server.post("/v1/sequence", workedExample(policy));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return ServerFixture.json(r);
    }
}
