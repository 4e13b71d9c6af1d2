package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mostra4j.adapters.cli.bootstrap.CompositionRoot;
import org.mostra4j.adapters.cli.bootstrap.GuiceCommandFactory;
import org.mostra4j.adapters.http.RunningServer;
import org.mostra4j.adapters.http.SequencingServer;
import picocli.CommandLine;

/** {@code serve} answers the worked example exactly as {@code sequence --format json} does, over loopback. */
class ServeCommandTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The command as picocli builds it from {@code args}, started but not blocking. */
    static RunningServer serve(String... args) {
        CommandLine cli = new CommandLine(new Main(), new GuiceCommandFactory(CompositionRoot.injector()));
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        ServeCommand command = parsed.subcommand().commandSpec().commandLine().getCommand();
        return command.start();
    }

    @Test
    void workedExampleOverHttpEqualsTheCliAtEachEpsilon() throws Exception {
        String example = Files.readString(SequenceCommandTest.WORKED_EXAMPLE).strip();
        HttpClient client = HttpClient.newHttpClient();
        try (RunningServer running = serve("serve", "--port", "0", "--threads", "2")) {
            for (String epsilon : new String[] {"0", "0.05", "0.2"}) {
                CliRun cli = CliRun.of("sequence", "--session", SequenceCommandTest.WORKED_EXAMPLE.toString(),
                        "--format", "json", "--epsilon", epsilon);
                assertEquals(0, cli.exitCode(), cli.err());
                String body = example.substring(0, example.length() - 1) + ", \"policy\": {\"epsilon\": " + epsilon + "}}";
                HttpResponse<String> http = client.send(HttpRequest.newBuilder(running.uri().resolve("/v1/sequence"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, http.statusCode(), http.body());
                JsonNode expected = MAPPER.readTree(cli.out());
                assertEquals(expected, MAPPER.readTree(http.body()), "epsilon " + epsilon);
            }
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(running.uri().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("none", MAPPER.readTree(health.body()).get("modelVersion").asText());
        }
    }

    @Test
    void missingStoreOrModelFilesAreUsageErrorsNamingTheFile() {
        CliRun db = CliRun.of("serve", "--port", "0", "--db", "x.duckdb");
        assertEquals(2, db.exitCode());
        assertTrue(db.err().contains("x.duckdb: no such file"), db.err());
        CliRun model = CliRun.of("serve", "--port", "0", "--model", "m.bin");
        assertEquals(2, model.exitCode());
        assertTrue(model.err().contains("m.bin: no such file"), model.err());
    }

    @Test
    void aCorruptModelOrAForeignStoreIsRefusedAtStartNamingTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path bad = Files.writeString(tmp.resolve("bad.model"), "not a model");
        CliRun model = CliRun.of("serve", "--port", "0", "--model", bad.toString());
        assertEquals(2, model.exitCode(), model.err());
        assertTrue(model.err().contains("bad.model"), model.err());
        java.nio.file.Path foreign = Files.writeString(tmp.resolve("foreign.duckdb"), "not a database");
        CliRun db = CliRun.of("serve", "--port", "0", "--db", foreign.toString());
        assertEquals(2, db.exitCode(), db.err());
        assertTrue(db.err().contains("foreign.duckdb"), db.err());
    }

    @Test
    void outOfRangeSettingsAreUsageErrors() {
        CliRun r = CliRun.of("serve", "--port", "70000");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("port must be in 0..65535, was 70000"), r.err());
        assertEquals(2, CliRun.of("serve", "--threads", "0").exitCode());
    }

    @Test
    void namedPoliciesAreListedAndUsedByNameAndAnUnknownNameIs422(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path file = Files.writeString(tmp.resolve("satonly.json"), "{\"epsilon\": 0}");
        String example = Files.readString(SequenceCommandTest.WORKED_EXAMPLE).strip();
        HttpClient client = HttpClient.newHttpClient();
        try (RunningServer running = serve("serve", "--port", "0", "--threads", "1", "--policy",
                "satonly=" + file)) {
            HttpResponse<String> objectives = client.send(HttpRequest.newBuilder(running.uri().resolve(
                    "/v1/objectives")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode listed = MAPPER.readTree(objectives.body()).get("policies");
            assertEquals("satonly", listed.get(0).get("name").asText());
            assertEquals(0.0, listed.get(0).get("policy").get("epsilon").asDouble());
            for (String name : new String[] {"satonly", "nope"}) {
                String body = example.substring(0, example.length() - 1) + ", \"policy\": \"" + name + "\"}";
                HttpResponse<String> http = client.send(HttpRequest.newBuilder(running.uri().resolve("/v1/sequence"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (name.equals("satonly")) {
                    assertEquals(200, http.statusCode(), http.body());
                    assertEquals("t1", MAPPER.readTree(http.body()).get("sequence").get(0).get("trackId").asText());
                } else {
                    assertEquals(422, http.statusCode(), http.body());
                    assertTrue(http.body().contains("unknown policy 'nope'") && http.body().contains("satonly"),
                            http.body());
                }
            }
        }
        java.nio.file.Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"epsilonn\": 0}");
        CliRun refused = CliRun.of("serve", "--port", "0", "--policy", "x=" + bad);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("bad.json: $.epsilonn: unknown field"), refused.err());
    }
}
