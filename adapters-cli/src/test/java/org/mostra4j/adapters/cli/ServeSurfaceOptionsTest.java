package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.http.RunningServer;

/** {@code serve}'s surface options: the admin token file, CORS origins and connection limits. */
class ServeSurfaceOptionsTest {
    @Test
    void adminEndpointsOffLoopbackWithoutATokenAreAUsageError() {
        CliRun r = CliRun.of("serve", "--port", "0", "--host", "0.0.0.0", "--admin-reload");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--admin-token-file"), r.err());
    }

    @Test
    void aMissingOrWeakTokenFileIsAUsageErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        CliRun missing = CliRun.of("serve", "--port", "0", "--admin-reload", "--admin-token-file",
                tmp.resolve("none.token").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("none.token: no such file"), missing.err());
        Path weak = Files.writeString(tmp.resolve("weak.token"), "hunter2\n");
        CliRun short1 = CliRun.of("serve", "--port", "0", "--admin-reload", "--admin-token-file", weak.toString());
        assertEquals(2, short1.exitCode(), short1.err());
        assertTrue(short1.err().contains("weak.token: the admin token must have at least 16 characters"), short1.err());
        assertTrue(!short1.err().contains("hunter2"), "the token is never printed: " + short1.err());
    }

    @Test
    void badOriginsAndLimitsAreUsageErrors() {
        CliRun origin = CliRun.of("serve", "--port", "0", "--cors", "*");
        assertEquals(2, origin.exitCode(), origin.err());
        assertTrue(origin.err().contains("not an origin"), origin.err());
        CliRun limits = CliRun.of("serve", "--port", "0", "--max-connections", "10", "--max-connections-per-client",
                "20");
        assertEquals(2, limits.exitCode(), limits.err());
        assertTrue(limits.err().contains("connectionsPerClient must be in 1..10, was 20"), limits.err());
        CliRun timeout = CliRun.of("serve", "--port", "0", "--header-timeout-ms", "0");
        assertEquals(2, timeout.exitCode(), timeout.err());
    }

    @Test
    void theTokenFromTheFileOpensTheAdminEndpoint(@TempDir Path tmp) throws Exception {
        Path token = Files.writeString(tmp.resolve("admin.token"), "0123456789abcdef0123\n");
        HttpClient client = HttpClient.newHttpClient();
        try (RunningServer running = ServeCommandTest.serve("serve", "--port", "0", "--threads", "1", "--admin-reload",
                "--admin-token-file", token.toString(), "--cors", "https://app.example")) {
            HttpRequest.Builder reload = HttpRequest.newBuilder(running.uri().resolve("/v1/admin/reload"))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody());
            HttpResponse<String> without = client.send(reload.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, without.statusCode(), without.body());
            HttpResponse<String> with = client.send(reload.header("Authorization", "Bearer 0123456789abcdef0123").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(409, with.statusCode(), "authorised; no --db, so nothing to reload: " + with.body());
            HttpResponse<String> cors = client.send(HttpRequest.newBuilder(running.uri().resolve("/health"))
                    .header("Origin", "https://app.example").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("https://app.example", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        }
    }
}
