package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.out.BrowseSessionsPort;
import org.mostra4j.application.port.out.ReadTradeOffRunsPort;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.session.LoggedCandidate;
import org.mostra4j.domain.session.LoggedSession;
import org.mostra4j.domain.session.SessionId;

/** The explorer page's assets and its read-only session look-ups, over real HTTP on loopback. */
class ExplorerEndpointsTest {
    private static final LoggedSession S1 = new LoggedSession(SessionId.of("s1"), UserId.of("u7"), LocalDate.of(2026, 1, 15),
            "radio", List.of(new LoggedCandidate(TrackId.of("t9"), 1, Optional.of(true)),
                    new LoggedCandidate(TrackId.of("t3"), 2, Optional.empty())));

    /** A store of one session; records the queries it was asked. */
    private static final class OneSession implements BrowseSessionsPort {
        final List<String> asked = new java.util.ArrayList<>();

        @Override
        public Either<String, List<SessionSummary>> find(String query, int limit) {
            asked.add(query + "/" + limit);
            return Either.right("s1".startsWith(query) || "u7".startsWith(query)
                    ? List.of(new SessionSummary(S1.id(), S1.user(), S1.date(), S1.context(), 2)) : List.of());
        }

        @Override
        public Either<String, Option<LoggedSession>> get(SessionId id) {
            return Either.right(id.equals(S1.id()) ? Option.of(S1) : Option.none());
        }
    }

    @Test
    void the_page_and_its_assets_are_served_by_the_service_itself_without_inline_code() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            HttpResponse<String> page = server.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            String html = page.body();
            assertTrue(html.contains("<script src=\"/explorer.js\" defer></script>"), html);
            // CSP-friendly: every script has a src on this origin, no inline handlers or styles, no other hosts
            assertFalse(Pattern.compile("<script(?![^>]*src=\"/)").matcher(html).find(), "inline script");
            assertFalse(Pattern.compile("\\son[a-z]+=|\\sstyle=|<style").matcher(html).find(), "inline handler or style");
            assertFalse(html.contains("http://") || html.contains("https://") || html.contains("//cdn"), "external host");
            for (String asset : List.of("/explorer.js", "/explorer.css", "/favicon.svg")) {
                HttpResponse<String> r = server.get(asset);
                assertEquals(200, r.statusCode(), asset);
                assertFalse(r.body().replace("http://www.w3.org/2000/svg", "").contains("http://")
                        || r.body().contains("https://"), asset + " names a host");
            }
            assertTrue(server.get("/explorer.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(server.get("/explorer.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        }
    }

    @Test
    void without_a_store_the_look_ups_say_why_as_a_problem() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            HttpResponse<String> r = server.get("/v1/sessions?q=s");
            assertEquals(409, r.statusCode(), r.body());
            JsonNode p = ServerFixture.json(r);
            assertEquals("urn:mostra4j:problem:sessions-unavailable", p.get("type").asText());
            assertTrue(p.get("detail").asText().contains("--db"), r.body());
            assertEquals(409, server.get("/v1/sessions/s1").statusCode());
        }
    }

    @Test
    void sessions_are_found_by_prefix_and_fetched_as_a_sequence_request() throws Exception {
        OneSession store = new OneSession();
        try (ServerFixture server = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings(), SnapshotReload.NONE, store, ReadTradeOffRunsPort.NONE)) {
            JsonNode found = ServerFixture.json(server.get("/v1/sessions?q=u7&limit=5"));
            assertEquals("s1", found.get("sessions").get(0).get("sessionId").asText());
            assertEquals("u7", found.get("sessions").get(0).get("userId").asText());
            assertEquals(2, found.get("sessions").get(0).get("candidates").asInt());
            assertEquals(0, ServerFixture.json(server.get("/v1/sessions?q=zz")).get("sessions").size());
            assertEquals(List.of("u7/5", "zz/20"), store.asked);

            HttpResponse<String> one = server.get("/v1/sessions/s1");
            assertEquals(200, one.statusCode(), one.body());
            JsonNode body = ServerFixture.json(one);
            assertEquals(ServerFixture.MAPPER.readTree("{\"sessionId\":\"s1\",\"userId\":\"u7\",\"date\":\"2026-01-15\","
                    + "\"candidates\":[{\"trackId\":\"t9\"},{\"trackId\":\"t3\"}]}"), body.get("session"));
            assertEquals(ServerFixture.MAPPER.readTree("[{\"trackId\":\"t9\",\"position\":1,\"sat\":true},"
                    + "{\"trackId\":\"t3\",\"position\":2,\"sat\":null}]"), body.get("logged"));
            // what the page posts next: the session as it came, which the fake encoder scores
            assertEquals(200, server.post("/v1/sequence", body.get("session").toString()).statusCode());

            HttpResponse<String> missing = server.get("/v1/sessions/nope");
            assertEquals(404, missing.statusCode());
            assertEquals("urn:mostra4j:problem:session-not-found", ServerFixture.json(missing).get("type").asText());
            for (String bad : List.of("0", "101", "x")) {
                HttpResponse<String> r = server.get("/v1/sessions?limit=" + bad);
                assertEquals(422, r.statusCode(), bad);
                assertEquals(List.of("limit"), ServerFixture.paths(r));
            }
        }
    }

    @Test
    void the_latest_run_comes_back_as_points_with_test_figures_where_re_measured() throws Exception {
        try (ServerFixture server = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings(), SnapshotReload.NONE, BrowseSessionsPort.NONE,
                () -> Either.right(Option.of(ServerFixture.FRONTIER_RUN)))) {
            HttpResponse<String> r = server.get("/v1/runs/latest");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(ServerFixture.MAPPER.readTree("""
                    {"run": {"runId": "frontier-20261203T120000Z", "kind": "frontier", "createdAt": "2026-12-03T12:00:00Z",
                     "description": "frontier over mostra", "k": 10, "trueSat": true, "points": [
                      {"method": "mostra", "point": "000", "knobs": {"epsilon": 0.05, "lambda": 0.05, "phi": 0.0},
                       "measuredOn": "test", "satLossPercent": {"value": 0.4, "low": 0.1, "high": 0.7},
                       "gainPercent": {"exposure": {"value": 30.0, "low": 20.0, "high": 40.0}}, "chosen": false},
                      {"method": "mostra", "point": "001", "knobs": {"epsilon": 0.2, "lambda": 0.3, "phi": 3.0},
                       "measuredOn": "validation", "satLossPercent": {"value": 2.5},
                       "gainPercent": {"exposure": {"value": 75.0}}, "chosen": false}]}}
                    """), ServerFixture.json(r));
        }
        try (ServerFixture server = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings(), SnapshotReload.NONE, BrowseSessionsPort.NONE,
                () -> Either.right(Option.none()))) {
            HttpResponse<String> none = server.get("/v1/runs/latest");
            assertEquals(200, none.statusCode());
            assertTrue(ServerFixture.json(none).get("run").isNull(), none.body());
            assertTrue(ServerFixture.json(none).get("detail").asText().contains("no frontier or tuning run"));
        }
        try (ServerFixture server = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings(), SnapshotReload.NONE, BrowseSessionsPort.NONE,
                () -> Either.left("db.duckdb: the database is in use by process 7"))) {
            HttpResponse<String> held = server.get("/v1/runs/latest");
            assertEquals(409, held.statusCode());
            // the store's words reach the client with the file and the process masked (ClientText)
            assertEquals("<file>: the database is in use by process <hidden>",
                    ServerFixture.json(held).get("detail").asText());
        }
    }
}
