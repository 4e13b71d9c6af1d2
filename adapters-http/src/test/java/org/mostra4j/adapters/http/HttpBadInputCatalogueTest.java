package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP cases of the bad-input catalogue, sent byte for byte over a plain socket to a real server on loopback:
 * each gets its status and an RFC 9457 problem document (never the server library's HTML page), with the security
 * headers, the JSON path at fault where there is one, and nothing that leaks: no stack trace, class or library
 * name, file system path or process id.
 */
class HttpBadInputCatalogueTest {
    /** What a reload refusal from the store looks like: it names the file and the lock holder. */
    static final String STORE_REASON = "/srv/data/private/mostra4j.duckdb: the database is in use by process 4242; "
            + "close it (or wait for it to finish) and try again (the previous snapshot stays in use)";
    static final Pattern LEAKS = Pattern.compile("(?i)<html|exception|\\tat |jackson|jetty|javalin|feature\\b|"
            + "\\b(org|com|java)\\.[a-z]|/srv/|/tmp/|/home/|/root|\\bpid\\b|process \\d|4242");
    static ServerFixture server;

    @BeforeAll
    static void start() {
        SnapshotReload held = () -> Either.left(STORE_REASON);
        server = new ServerFixture(ServerFixture.useCase(ServerFixture.FAKE_ENCODER),
                ServerFixture.settings().withAdminReload(true), held);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One catalogue entry: the raw request, the answer's status and problem type, and the path at fault if any. */
    record Case(String name, byte[] request, int status, String type, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> catalogue() {
        List<Case> cases = new ArrayList<>();
        // refused by the HTTP server before any route runs
        cases.add(raw("dot-dot segment encoded", "GET /v1/%2e%2e/x HTTP/1.1\r\nHost: h\r\n\r\n", 404, "not-found"));
        cases.add(raw("NUL in the target", "POST /v1/sequence%00 HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n",
                400, "bad-request"));
        cases.add(raw("percent-encoded byte that is not UTF-8", "GET /%ff HTTP/1.1\r\nHost: h\r\n\r\n", 400,
                "bad-request"));
        cases.add(raw("overlong UTF-8 in the target", "GET /v1/%c0%af HTTP/1.1\r\nHost: h\r\n\r\n", 400,
                "bad-request"));
        cases.add(raw("space in the target", "GET /a b HTTP/1.1\r\nHost: h\r\n\r\n", 400, "bad-request"));
        cases.add(raw("control character in the target", "GET /\u0001 HTTP/1.1\r\nHost: h\r\n\r\n", 400,
                "bad-request"));
        cases.add(raw("header line without a colon", "GET /health HTTP/1.1\r\nHost: h\r\nBad Header\r\n\r\n", 400,
                "bad-request"));
        cases.add(raw("control character in a header name", "GET /health HTTP/1.1\r\nHost: h\r\nX\u0001: y\r\n\r\n",
                400, "bad-request"));
        cases.add(raw("no Host header", "GET /health HTTP/1.1\r\n\r\n", 400, "bad-request"));
        cases.add(raw("headers too large", "GET /health HTTP/1.1\r\nHost: h\r\nX: " + "a".repeat(20_000)
                + "\r\n\r\n", 431, "headers-too-large"));
        cases.add(raw("target too long", "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: h\r\n\r\n", 414,
                "uri-too-long"));
        cases.add(raw("unknown HTTP version", "GET /health HTTP/9.9\r\nHost: h\r\n\r\n", 505,
                "http-version-not-supported"));
        cases.add(raw("two Content-Lengths", post("Content-Length: 3\r\nContent-Length: 4\r\n", "abcd"), 400,
                "bad-request"));
        cases.add(raw("Content-Length not a number", post("Content-Length: abc\r\n", ""), 400, "bad-request"));
        cases.add(raw("unsupported transfer coding", post("Transfer-Encoding: gzip\r\n", ""), 400, "bad-request"));
        cases.add(raw("unknown expectation", post("Expect: 100-bogus\r\nContent-Length: 2\r\n", "{}"), 417,
                "expectation-failed"));
        cases.add(raw("folded header line", "GET /health HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n folded\r\n\r\n", 400,
                "bad-request"));
        cases.add(raw("two Host headers", "GET /health HTTP/1.1\r\nHost: h\r\nHost: i\r\n\r\n", 400,
                "bad-request"));
        cases.add(raw("a Host that is not a host", "GET /health HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "bad-request"));
        cases.add(raw("CONNECT", "CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: h\r\n\r\n", 400, "bad-request"));
        // refused by the routes
        cases.add(raw("broken chunked body", post("Transfer-Encoding: chunked\r\n", "zz\r\nabc\r\n0\r\n\r\n"), 400,
                "bad-request"));
        cases.add(raw("unknown path", "GET /nothing HTTP/1.1\r\nHost: h\r\n\r\n", 404, "not-found"));
        cases.add(raw("wrong method", "DELETE /v1/sequence HTTP/1.1\r\nHost: h\r\n\r\n", 405, "method-not-allowed"));
        cases.add(raw("not JSON content type", post("Content-Type: text/plain\r\nContent-Length: 2\r\n", "{}"), 415,
                "unsupported-media-type"));
        cases.add(raw("JSON in another charset", post("Content-Type: application/json; charset=ISO-8859-1\r\n"
                + "Content-Length: 2\r\n", "{}"), 415, "unsupported-media-type"));
        cases.add(raw("a media type that only starts like JSON", post("Content-Type: application/jsonp\r\n"
                + "Content-Length: 2\r\n", "{}"), 415, "unsupported-media-type"));
        cases.add(raw("UTF-8 JSON is fine, its fields are checked", post("Content-Type: application/json; "
                + "charset=\"UTF-8\"\r\nContent-Length: 2\r\n", "{}"), 422, "invalid-request"));
        cases.add(raw("body over the limit", post("Content-Length: 5000000\r\n", ""), 413, "body-too-large"));
        cases.add(raw("reload while a writer holds the store",
                "POST /v1/admin/reload HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n", 409, "reload-unavailable"));
        // bodies that are not well-formed UTF-8: 400 naming the JSON path
        cases.add(json("overlong encoding of '/' in sessionId", body("{\"sessionId\":\"a", bytes(0xc0, 0xaf),
                "b\",\"userId\":\"u\"}"), 400, "malformed-utf-8", "$.sessionId"));
        cases.add(json("encoded surrogate in a trackId", body("{\"candidates\":[{\"trackId\":\"x\"},{\"trackId\":\"",
                bytes(0xed, 0xa0, 0x80), "\"}]}"), 400, "malformed-utf-8", "$.candidates[1].trackId"));
        cases.add(json("truncated sequence in userId", body("{\"sessionId\":\"s\",\"userId\":\"ab", bytes(0xe2, 0x82),
                "\"}"), 400, "malformed-utf-8", "$.userId"));
        cases.add(json("truncated sequence at the end", body("{\"sessionId\":\"s\"}", bytes(0xe2), ""), 400,
                "malformed-utf-8", "$"));
        cases.add(json("Latin-1 byte in a key", body("{\"candidates\":[{\"tr", bytes(0xe9), "ckId\":\"x\"}]}"),
                400, "malformed-utf-8", "$.candidates[0]"));
        // not well-formed JSON: 400, our words, the path where reading stopped
        cases.add(json("NaN", body("{\"candidates\":[{\"trackId\":\"a\",\"relevance\":NaN}]}"), 400,
                "malformed-json", "$.candidates[0].relevance"));
        cases.add(json("text after the document", body("{\"sessionId\":\"s\"} {}"), 400, "malformed-json", null));
        cases.add(json("unescaped newline in a string", body("{\"sessionId\":\"a\nb\"}"), 400, "malformed-json",
                "$.sessionId"));
        cases.add(json("leading zero", body("{\"candidates\":[{\"relevance\":01}]}"), 400, "malformed-json",
                "$.candidates[0].relevance"));
        cases.add(json("single quotes", body("{'sessionId':'s'}"), 400, "malformed-json", "$"));
        cases.add(json("duplicate key", body("{\"sessionId\":\"s\",\"sessionId\":\"t\"}"), 400, "malformed-json",
                "$.sessionId"));
        cases.add(json("unclosed array", body("{\"candidates\":[{\"trackId\":\"a\"}"), 400, "malformed-json",
                "$.candidates[0]"));
        cases.add(json("UTF-16 body", "{\"sessionId\":\"s\"}".getBytes(StandardCharsets.UTF_16LE), 400,
                "malformed-json", "$"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void answersWithAProblemDocumentThatLeaksNothing(Case c) throws Exception {
        RawExchange r = RawExchange.send(server.running.port(), c.request());
        assertEquals(c.status(), r.status(), r.body());
        assertEquals(Problem.MEDIA_TYPE, r.header("Content-Type"), r.headers().toString());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertTrue(r.header("Content-Security-Policy").startsWith("default-src 'self'"), r.headers().toString());
        JsonNode problem = ServerFixture.MAPPER.readTree(r.body());
        assertEquals("urn:mostra4j:problem:" + c.type(), problem.path("type").asText(), r.body());
        assertEquals(c.status(), problem.path("status").asInt(), r.body());
        assertFalse(problem.path("title").asText().isBlank(), r.body());
        assertFalse(problem.path("detail").asText().isBlank(), r.body());
        assertTrue(problem.path("errors").isArray(), r.body());
        if (c.path() != null) {
            assertEquals(List.of(c.path()), problem.get("errors").findValuesAsText("path"), r.body());
            assertFalse(problem.get("errors").get(0).get("message").asText().isBlank(), r.body());
        }
        assertFalse(LEAKS.matcher(r.body()).find(), "leaks internals: " + r.body());
    }

    static Case raw(String name, String request, int status, String type) {
        return new Case(name, request.getBytes(StandardCharsets.ISO_8859_1), status, type, null);
    }

    static Case json(String name, byte[] body, int status, String type, String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(post("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", "")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return new Case(name, out.toByteArray(), status, type, path);
    }

    static String post(String headers, String body) {
        return "POST /v1/sequence HTTP/1.1\r\nHost: h\r\nConnection: close\r\n" + headers + "\r\n" + body;
    }

    static byte[] body(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Raw bytes as ISO-8859-1 chars, so that {@link #body} writes them unchanged. */
    static String bytes(int... values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append((char) v);
        }
        return s.toString();
    }
}
