package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.cli.bootstrap.Installation;
import org.mostra4j.adapters.http.RunningServer;

/**
 * {@code serve --db}: the store's facts come from an in-memory snapshot loaded from a read-only open, so the
 * service answers logged sessions (labels decided by the objective plug-ins against the store's histories and
 * lists) exactly as {@code sequence --db} does, does not hold the file (a batch command can open it read-write
 * meanwhile), and {@code POST /v1/admin/reload} rebuilds the snapshot.
 */
class ServeWithStoreTest {
    @TempDir
    Path dir;

    @AfterEach
    void release() {
        Installation.release(dir.resolve("w.duckdb"));
    }

    @Test
    void answers_like_sequence_with_the_store_leaves_the_file_free_and_reloads() throws Exception {
        Path db = dir.resolve("w.duckdb");
        CliRun sim = CliRun.of("simulate", "--out", dir.resolve("world").toString(), "--db", db.toString(), "--users",
                "30", "--artists", "12", "--tracks", "150", "--sessions", "80", "--seed", "3");
        assertEquals(0, sim.exitCode(), sim.err());
        List<Path> sessions = sessionFiles(dir.resolve("world"), 5);
        HttpClient client = HttpClient.newHttpClient();
        List<String> served = new ArrayList<>();
        try (RunningServer running = ServeCommandTest.serve("serve", "--port", "0", "--db", db.toString(),
                "--admin-reload")) {
            for (Path s : sessions) {
                served.add(post(client, running, "/v1/sequence", Files.readString(s)).body());
            }
            explorerLooksUpLoggedSessions(client, running, sessions.get(0));
            HttpResponse<String> reload = post(client, running, "/v1/admin/reload", "");
            assertEquals(200, reload.statusCode(), reload.body());
            assertTrue(reload.body().contains("30 users' histories"), reload.body());
            CliRun info = CliRun.of("db", "info", "--db", db.toString());
            assertEquals(0, info.exitCode(), "the service does not hold the file: " + info.err());
        }
        boolean labelled = false;
        for (int i = 0; i < sessions.size(); i++) {
            CliRun cli = CliRun.of("sequence", "--db", db.toString(), "--session", sessions.get(i).toString(),
                    "--format", "json");
            assertEquals(0, cli.exitCode(), cli.err());
            JsonNode expected = ServeCommandTest.MAPPER.readTree(cli.out());
            assertEquals(expected, ServeCommandTest.MAPPER.readTree(served.get(i)), sessions.get(i).toString());
            labelled |= expected.toString().contains("\"discovery\"");
        }
        assertTrue(labelled, "some candidates got objective labels from the store's facts");
    }

    /** The explorer page's look-ups read the store file (read-only) and hand back what sequence accepts. */
    private static void explorerLooksUpLoggedSessions(HttpClient client, RunningServer running, Path sessionFile)
            throws IOException, InterruptedException {
        JsonNode expected = ServeCommandTest.MAPPER.readTree(Files.readString(sessionFile));
        String id = expected.get("sessionId").asText();
        String user = expected.get("userId").asText();
        JsonNode byUser = ServeCommandTest.MAPPER.readTree(get(client, running, "/v1/sessions?q=" + user).body());
        assertTrue(byUser.get("sessions").findValuesAsText("sessionId").contains(id), byUser.toString());
        HttpResponse<String> one = get(client, running, "/v1/sessions/" + id);
        assertEquals(200, one.statusCode(), one.body());
        JsonNode session = ServeCommandTest.MAPPER.readTree(one.body()).get("session");
        assertEquals(user, session.get("userId").asText());
        assertEquals(expected.get("date"), session.get("date"));
        assertEquals(expected.get("candidates").findValuesAsText("trackId"), session.get("candidates").findValuesAsText("trackId"));
        assertEquals(404, get(client, running, "/v1/sessions/no-such-session").statusCode());
        JsonNode run = ServeCommandTest.MAPPER.readTree(get(client, running, "/v1/runs/latest").body());
        assertTrue(run.get("run").isNull(), "a simulated store holds no frontier run: " + run);
    }

    private static HttpResponse<String> get(HttpClient client, RunningServer running, String path)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(running.uri().resolve(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, RunningServer running, String path, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(running.uri().resolve(path)).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The world's first sessions as session JSON: user, date, candidates with a relevance and no labels. */
    private List<Path> sessionFiles(Path world, int count) throws IOException {
        Map<String, String[]> heads = new LinkedHashMap<>();
        for (String line : Files.readAllLines(world.resolve("sessions.csv")).subList(1, count + 1)) {
            String[] f = line.split(",");
            heads.put(f[0], f);
        }
        Map<String, StringBuilder> candidates = new LinkedHashMap<>();
        for (String line : Files.readAllLines(world.resolve("candidates.csv")).subList(1, 2_000)) {
            String[] f = line.split(",");
            if (heads.containsKey(f[0])) {
                StringBuilder b = candidates.computeIfAbsent(f[0], k -> new StringBuilder());
                int n = b.length() == 0 ? 0 : b.toString().split("\\{").length - 1;
                b.append(b.length() == 0 ? "" : ", ").append("{\"trackId\": \"").append(f[1])
                        .append("\", \"relevance\": ").append(0.9 - 0.01 * n).append('}');
            }
        }
        List<Path> out = new ArrayList<>();
        for (var e : heads.entrySet()) {
            String[] f = e.getValue();
            Path file = dir.resolve(e.getKey() + ".json");
            Files.writeString(file, "{\"sessionId\": \"" + f[0] + "\", \"userId\": \"" + f[1] + "\", \"date\": \"" + f[2]
                    + "\", \"candidates\": [" + candidates.get(e.getKey()) + "]}");
            out.add(file);
        }
        return out;
    }
}
