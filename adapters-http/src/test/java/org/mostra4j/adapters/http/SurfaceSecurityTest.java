package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service's surface: admin endpoints behind a bearer token (required off loopback), browsers from foreign
 * origins refused unless allowed with {@code --cors}, and the security headers on every answer.
 */
class SurfaceSecurityTest {
    static final String TOKEN = "s3cret-token-0123456789abcdef";
    static final SnapshotReload RELOAD = () -> Either.right("snapshot loaded");

    static ServerFixture server(SurfaceSettings surface) {
        return new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings().withAdminReload(true), surface, RELOAD);
    }

    static HttpResponse<String> reload(ServerFixture s, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(s.uri("/v1/admin/reload")).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return s.send(r);
    }

    @Test
    void withATokenAdminEndpointsRefuseMissingAndWrongTokens() throws Exception {
        try (ServerFixture s = server(SurfaceSettings.defaults().withAdminToken(AdminToken.of(TOKEN + "\n")))) {
            var none = BadInputTest.problem(reload(s, null), 401, "unauthorized");
            assertEquals("Bearer realm=\"mostra4j-admin\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
            BadInputTest.problem(reload(s, "Bearer " + TOKEN.substring(1)), 401, "unauthorized");
            BadInputTest.problem(reload(s, "Bearer " + TOKEN + "x"), 401, "unauthorized");
            BadInputTest.problem(reload(s, "Basic " + TOKEN), 401, "unauthorized");
            BadInputTest.problem(reload(s, "Bearer"), 401, "unauthorized");
            var right = reload(s, "Bearer " + TOKEN);
            assertEquals(200, right.statusCode(), right.body());
            assertEquals(200, reload(s, "bearer " + TOKEN).statusCode(), "the scheme is case-insensitive");
            assertEquals(200, s.get("/health").statusCode(), "only admin endpoints need the token");
        }
    }

    @Test
    void onLoopbackWithoutATokenAdminEndpointsStayOpenAsBefore() throws Exception {
        try (ServerFixture s = server(SurfaceSettings.defaults())) {
            var r = reload(s, null);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("snapshot loaded", ServerFixture.json(r).get("detail").asText());
        }
    }

    @Test
    void offLoopbackAdminEndpointsWithoutATokenDoNotStart() {
        var settings = ServerFixture.settings().withAdminReload(true).withHost("0.0.0.0");
        var e = assertThrows(IllegalStateException.class,
                () -> SurfaceSettings.defaults().checkExposure(settings));
        assertTrue(e.getMessage().contains("0.0.0.0") && e.getMessage().contains("--admin-token-file"), e.getMessage());
        SurfaceSettings.defaults().withAdminToken(AdminToken.of(TOKEN)).checkExposure(settings);
        SurfaceSettings.defaults().checkExposure(settings.withAdminReload(false));
        SurfaceSettings.defaults().checkExposure(settings.withHost("localhost"));
        SurfaceSettings.defaults().checkExposure(settings.withHost("::1"));
        assertThrows(IllegalStateException.class, () -> new SequencingServer(ServerFixture.useCase(
                ServerFixture.FAKE_ENCODER), org.mostra4j.domain.objective.ObjectiveCatalogue.builtIns(),
                org.mostra4j.domain.search.ScorerCatalogue.builtIns(), RELOAD).start(settings.withPort(0)));
    }

    @Test
    void shortOrMultiLineTokensAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> AdminToken.of("short"));
        assertThrows(IllegalArgumentException.class, () -> AdminToken.of("0123456789abcdef 0123456789"));
        assertFalse(AdminToken.NONE.matches(""));
        assertFalse(AdminToken.of(TOKEN).toString().contains(TOKEN));
    }

    @Test
    void foreignOriginsAreRefusedUnlessAllowed() throws Exception {
        try (ServerFixture s = server(SurfaceSettings.defaults())) {
            BadInputTest.problem(s.send(HttpRequest.newBuilder(s.uri("/v1/objectives")).header("Origin",
                    "http://evil.example")), 403, "cross-origin-forbidden");
            var reloadFromAPage = BadInputTest.problem(s.send(HttpRequest.newBuilder(s.uri("/v1/admin/reload"))
                    .header("Origin", "null").POST(HttpRequest.BodyPublishers.noBody())), 403, "cross-origin-forbidden");
            assertTrue(reloadFromAPage.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            String own = "http://127.0.0.1:" + s.running.port();
            var same = s.send(HttpRequest.newBuilder(s.uri("/v1/objectives")).header("Origin", own));
            assertEquals(200, same.statusCode(), "the page's own origin: " + same.body());
            assertTrue(same.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
        try (ServerFixture s = server(SurfaceSettings.defaults().withCorsOrigins(List.of("https://app.example/")))) {
            var allowed = s.send(HttpRequest.newBuilder(s.uri("/v1/objectives")).header("Origin", "https://app.example"));
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertEquals("https://app.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            var preflight = s.send(HttpRequest.newBuilder(s.uri("/v1/sequence")).header("Origin", "https://app.example")
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(204, preflight.statusCode(), preflight.body());
            assertEquals("GET, POST", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
            BadInputTest.problem(s.send(HttpRequest.newBuilder(s.uri("/v1/objectives")).header("Origin",
                    "https://app.example.evil")), 403, "cross-origin-forbidden");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        try (ServerFixture s = server(SurfaceSettings.defaults())) {
            for (var r : List.of(s.get("/health"), s.get("/metrics"), s.get("/v1/objectives"), s.get("/nothing"),
                    s.post("/v1/sequence", "{"))) {
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
                assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                        r.headers().firstValue("Content-Security-Policy").orElse(""), r.uri().toString());
            }
        }
    }

    @Test
    void originsMustBeSchemeAndHostOnly() {
        assertEquals("https://app.example:8443", SurfaceSettings.origin("HTTPS://App.Example:8443"));
        for (String bad : new String[] {"*", "app.example", "https://app.example/path", "ftp://x", "https://a@b"}) {
            assertThrows(IllegalArgumentException.class, () -> SurfaceSettings.origin(bad), bad);
        }
    }
}
