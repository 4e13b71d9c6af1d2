package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.out.EncodeRelevancePort;

/** Every class of bad input gets a 4xx problem document naming the field, never a stack trace. */
class BadInputTest {
    static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String session(String candidates, String policy) {
        return "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-01\",\"candidates\":" + candidates
                + (policy == null ? "" : ",\"policy\":" + policy) + "}";
    }

    static final String TWO = "[{\"trackId\":\"a\",\"relevance\":0.9},{\"trackId\":\"b\",\"relevance\":0.8}]";

    /** Asserts the RFC 9457 shape and returns the response. */
    static HttpResponse<String> problem(HttpResponse<String> r, int status, String slug) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(Problem.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse(""));
        var json = ServerFixture.json(r);
        assertEquals("urn:mostra4j:problem:" + slug, json.get("type").asText(), r.body());
        assertEquals(status, json.get("status").asInt());
        assertFalse(json.get("title").asText().isBlank());
        assertFalse(json.get("detail").asText().isBlank());
        assertTrue(json.get("errors").isArray());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains("at org."),
                "no stack trace or exception names: " + r.body());
        return r;
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() throws Exception {
        var r = problem(server.post("/v1/sequence", "{\"sessionId\": \"s\",\n \"userId\": }"), 400, "malformed-json");
        assertTrue(ServerFixture.json(r).get("detail").asText().startsWith("line 2, column"), r.body());
        problem(server.post("/v1/sequence", ""), 400, "malformed-json");
        problem(server.post("/v1/sequence", session(TWO, null) + " {\"policy\": {}}"), 400, "malformed-json");
    }

    @Test
    void schemaProblemsNameEveryPath() throws Exception {
        var r = problem(server.post("/v1/sequence", """
                {"sessionId":"s","userId":"u","date":"2026-13-01","colour":"red","candidates":[
                  {"trackId":"a","relevance":1.5},{"trackId":7}]}"""), 422, "invalid-request");
        assertEquals(List.of("$.colour", "$.date", "$.candidates[0].relevance", "$.candidates[1].trackId"),
                ServerFixture.paths(r));
        problem(server.post("/v1/sequence", "[1,2]"), 422, "invalid-request");
    }

    @Test
    void duplicateCandidatesNameTheSecond() throws Exception {
        var r = problem(server.post("/v1/sequence", session(
                "[{\"trackId\":\"a\",\"relevance\":0.9},{\"trackId\":\"a\",\"relevance\":0.8}]", null)), 422,
                "invalid-request");
        assertEquals(List.of("$.candidates[1].trackId"), ServerFixture.paths(r));
        assertTrue(r.body().contains("duplicates $.candidates[0]"), r.body());
    }

    @Test
    void unknownObjectivesNameWhereTheyAppear() throws Exception {
        var label = problem(server.post("/v1/sequence", session(
                "[{\"trackId\":\"a\",\"relevance\":0.9,\"objectives\":[\"fame\"]}]", null)), 422, "invalid-request");
        assertEquals(List.of("$.candidates[0].objectives"), ServerFixture.paths(label));
        assertTrue(label.body().contains("unknown objective 'fame' (known: boost, discovery, exposure)"), label.body());
        var weight = problem(server.post("/v1/sequence", session(TWO, "{\"weights\":{\"fame\":1}}")), 422,
                "invalid-request");
        assertEquals(List.of("$.policy.weights.fame"), ServerFixture.paths(weight));
        var concave = problem(server.post("/v1/sequence", session(TWO, "{\"concave\":{\"fame\":\"sqrt\"}}")), 422,
                "invalid-request");
        assertEquals(List.of("$.policy.concave.fame"), ServerFixture.paths(concave));
    }

    @Test
    void outOfRangeKnobsNameEachKnob() throws Exception {
        var r = problem(server.post("/v1/sequence", session(TWO,
                "{\"epsilon\":2,\"lambda\":-1,\"beam\":0,\"length\":-3,\"weights\":{\"boost\":-1},"
                        + "\"concave\":{\"boost\":\"cube\"}}")), 422, "invalid-request");
        assertEquals(List.of("$.policy.epsilon", "$.policy.lambda", "$.policy.beam", "$.policy.length",
                "$.policy.weights.boost", "$.policy.concave.boost"), ServerFixture.paths(r));
        var typed = problem(server.post("/v1/sequence", session(TWO, "{\"beam\":\"wide\",\"discount\":1,\"speed\":3}")),
                422, "invalid-request");
        assertEquals(List.of("$.policy.speed", "$.policy.beam", "$.policy.discount"), ServerFixture.paths(typed));
    }

    @Test
    void sequenceAwareNeedsABooleanAndAModelWithASequenceHead() throws Exception {
        var typed = problem(server.post("/v1/sequence", session(TWO, "{\"sequenceAware\":\"yes\"}")), 422,
                "invalid-request");
        assertEquals(List.of("$.policy.sequenceAware"), ServerFixture.paths(typed));
        var noHead = problem(server.post("/v1/sequence", session(TWO, "{\"sequenceAware\":true}")), 422,
                "invalid-request");
        assertEquals(List.of("$.policy.sequenceAware"), ServerFixture.paths(noHead));
        assertEquals(200, server.post("/v1/sequence", session(TWO, "{\"sequenceAware\":false}")).statusCode());
    }

    @Test
    void emptyAndOversizedSessionsAreRefused() throws Exception {
        var empty = problem(server.post("/v1/sequence", session("[]", null)), 422, "invalid-request");
        assertEquals(List.of("$.candidates"), ServerFixture.paths(empty));
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= ServerFixture.settings().maxCandidates(); i++) {
            many.append(i == 0 ? "" : ",").append("{\"trackId\":\"t").append(i).append("\",\"relevance\":0.5}");
        }
        var tooMany = problem(server.post("/v1/sequence", session(many + "]", null)), 422, "invalid-request");
        assertEquals(List.of("$.candidates"), ServerFixture.paths(tooMany));
        assertTrue(tooMany.body().contains("at most 100 candidates per session, was 101"), tooMany.body());
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        String big = session(TWO, null) + " ".repeat(ServerFixture.settings().maxBodyBytes());
        // repeated: the server answers while the client is still sending, and the answer must not be lost to a
        // connection reset (it once was, about one run in a few hundred)
        for (int i = 0; i < 40; i++) {
            problem(server.post("/v1/sequence", big), 413, "body-too-large");
        }
    }

    @Test
    void nonJsonContentTypeIs415() throws Exception {
        problem(server.send(HttpRequest.newBuilder(server.uri("/v1/sequence")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(session(TWO, null)))), 415, "unsupported-media-type");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        problem(server.get("/v2/nothing"), 404, "not-found");
        problem(server.get("/v1/sequence"), 405, "method-not-allowed");
        problem(server.post("/v1/admin/reload", ""), 404, "not-found");
    }

    @Test
    void missingRelevanceWithoutAnEncoderNamesTheCandidates() throws Exception {
        try (ServerFixture bare = new ServerFixture(ServerFixture.useCase(EncodeRelevancePort.NONE),
                ServerFixture.settings(), SnapshotReload.NONE)) {
            var r = problem(bare.post("/v1/sequence", session("[{\"trackId\":\"a\"}]", null)), 422, "invalid-request");
            assertEquals(List.of("$.candidates"), ServerFixture.paths(r));
            assertTrue(r.body().contains("no encoder model is configured"), r.body());
        }
    }

    @Test
    void aFailingEncoderIsA500WithoutDetails() throws Exception {
        EncodeRelevancePort broken = (s, l) -> {
            throw new IllegalStateException("secret internals");
        };
        try (ServerFixture bare = new ServerFixture(ServerFixture.useCase(broken), ServerFixture.settings(),
                SnapshotReload.NONE)) {
            var r = problem(bare.post("/v1/sequence", session("[{\"trackId\":\"a\"}]", null)), 500, "internal-error");
            assertFalse(r.body().contains("secret"), r.body());
            assertTrue(bare.get("/metrics").body().contains("outcome=\"server_error\"} 1"));
        }
    }
}
