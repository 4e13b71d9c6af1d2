package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end on the spec's worked example (§2.2), and its handling of bad input. */
class SequenceCommandTest {
    static final Path WORKED_EXAMPLE = Path.of("../examples/worked-example.json");
    @TempDir
    Path dir;

    static List<String> tracks(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> out = new ArrayList<>();
        root.get("sequence").forEach(p -> out.add(p.get("trackId").asText()));
        return out;
    }

    @Test
    void workedExampleAtEachEpsilonMatchesTheSpec() throws IOException {
        assertEquals(List.of("t1", "t2", "t4", "t3"), tracks(run("--epsilon", "0").out()));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(run("--epsilon", "0.05").out()));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(run("--epsilon", "0.2").out()));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(run("--epsilon", "0.05", "--beam", "1").out()));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(run("--epsilon", "0.2", "--beam", "3").out()));
    }

    @Test
    void firstStepAtEpsilon005ScoresRelevancePlusLambda() throws IOException {
        JsonNode first = new ObjectMapper().readTree(run("--epsilon", "0.05").out()).get("sequence").get(0);
        assertEquals(0.95 + 0.07, first.get("score").asDouble(), 1e-12);
        assertEquals(0.07, first.get("gain").asDouble(), 1e-12);
    }

    private CliRun run(String... flags) {
        List<String> args = new ArrayList<>(List.of("sequence", "--session", WORKED_EXAMPLE.toString(), "--format", "json"));
        args.addAll(List.of(flags));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    @Test
    void tableFormatListsEveryPosition() {
        CliRun r = CliRun.of("sequence", "--session", WORKED_EXAMPLE.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("exposure"), r.out());
        assertEquals(4 + 2, r.out().strip().lines().count(), r.out());
    }

    @Test
    void missingFileIsAUsageErrorNamingTheFile() {
        CliRun r = CliRun.of("sequence", "--session", dir.resolve("nope.json").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("nope.json: no such file"), r.err());
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path f = write("{\"sessionId\": \"s\",\n \"userId\": }");
        CliRun r = CliRun.of("sequence", "--session", f.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(f + ":2:"), r.err());
        assertFalse(r.err().contains("at com.fasterxml"), "no stack trace: " + r.err());
    }

    @Test
    void badFieldsAreReportedWithTheirJsonPath() throws IOException {
        Path f = write("""
                {"sessionId":"s","userId":"u","date":"2026-13-01","candidates":[
                  {"trackId":"a","relevance":1.5},
                  {"trackId":"a","relevance":0.5,"objectives":["Exposure"]}]}""");
        CliRun r = CliRun.of("sequence", "--session", f.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("$.date"), r.err());
        assertTrue(r.err().contains("$.candidates[0].relevance"), r.err());
        assertTrue(r.err().contains("$.candidates[1].trackId"), r.err());
        assertTrue(r.err().contains("$.candidates[1].objectives[0]"), r.err());
    }

    @Test
    void unknownObjectiveListsTheKnownOnes() throws IOException {
        Path f = write("""
                {"sessionId":"s","userId":"u","date":"2026-01-01","candidates":[
                  {"trackId":"a","relevance":0.5,"objectives":["fame"]}]}""");
        CliRun r = CliRun.of("sequence", "--session", f.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown objective 'fame' (known: boost, discovery, exposure)"), r.err());
    }

    @Test
    void outOfRangeKnobsAreUsageErrors() {
        CliRun r = CliRun.of("sequence", "--session", WORKED_EXAMPLE.toString(), "--epsilon", "2", "--beam", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("policy.epsilon: must be in [0,1], was 2.0"), r.err());
        assertTrue(r.err().contains("policy.beam"), r.err());
    }

    @Test
    void candidatesWithoutRelevanceNeedAModel() throws IOException {
        Path f = write("""
                {"sessionId":"s","userId":"u","date":"2026-01-01","candidates":[{"trackId":"a"}]}""");
        CliRun r = CliRun.of("sequence", "--session", f.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no relevance"), r.err());
    }

    @Test
    void sequenceAwareWithoutAModelHeadIsAUsageErrorAndOffLeavesTheWorkedExample() throws IOException {
        CliRun r = CliRun.of("sequence", "--session", WORKED_EXAMPLE.toString(), "--sequence-aware");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("sequenceAware") && r.err().contains("no sequence head"), r.err());
        CliRun off = CliRun.of("sequence", "--session", WORKED_EXAMPLE.toString(), "--no-sequence-aware",
                "--format", "json");
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(off.out()));
        Path f = write("""
                {"sessionId":"s","userId":"u","date":"2026-01-01","candidates":[{"trackId":"a","relevance":0.5}],
                 "policy":{"sequenceAware":"yes"}}""");
        CliRun bad = CliRun.of("sequence", "--session", f.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("policy.sequenceAware: expected true or false"), bad.err());
    }

    @Test
    void unknownFlagIsAUsageError() {
        assertEquals(2, CliRun.of("sequence", "--session", WORKED_EXAMPLE.toString(), "--bogus").exitCode());
        assertEquals(2, CliRun.of("no-such-command").exitCode());
    }

    private Path write(String json) throws IOException {
        Path f = dir.resolve("session.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void aPolicyFileReplacesTheSessionsPolicyAndFlagsOverrideIt() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.json"), "{\"epsilon\": 0}");
        assertEquals(List.of("t1", "t2", "t4", "t3"), tracks(run("--policy", policy.toString()).out()));
        assertEquals(List.of("t2", "t4", "t1", "t3"), tracks(run("--policy", policy.toString(), "--epsilon", "0.05")
                .out()));
    }

    @Test
    void aPolicyFileWithAnUnknownKnobOrObjectiveIsRefusedNamingIt() throws IOException {
        Path policy = Files.writeString(dir.resolve("bad.json"),
                "{\"epsilon\": 0.1, \"method\": \"linear\", \"weights\": {\"exposre\": 2}}");
        CliRun r = CliRun.of("sequence", "--session", WORKED_EXAMPLE.toString(), "--policy", policy.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("bad.json: $.method: unknown field"), r.err());
        assertTrue(r.err().contains("bad.json: $.weights.exposre: unknown objective"), r.err());
    }
}
