package org.mostra4j.adapters.http.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The streaming fast path accepts exactly what the tree parser accepts without a problem and builds the same request;
 * everything else it leaves to the tree parser.
 */
class SessionJsonStreamTest {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final SessionJsonStream stream = new SessionJsonStream(mapper);

    @Test
    void validBodiesGiveTheTreeParsersRequest() throws Exception {
        Random rnd = new Random(18);
        for (int s = 0; s < 300; s++) {
            String body = validBody(rnd, s);
            byte[] bytes = ("  " + body + " \n").getBytes(StandardCharsets.UTF_8);
            var tree = SessionJson.parse(mapper.readTree(bytes));
            assertTrue(tree.isValid(), body);
            Optional<SessionJson.Request> fast = stream.parseValid(bytes, 0, bytes.length, 500);
            assertEquals(Optional.of(tree.get()), fast, body);
        }
    }

    @Test
    void readsOnlyTheGivenRange() {
        String body = "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}]}";
        byte[] framed = ("xx" + body + "yy").getBytes(StandardCharsets.UTF_8);
        assertTrue(stream.parseValid(framed, 2, body.length(), 500).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "[]", "{", "{\"sessionId\":\"s\"}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}]} {}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}],\"x\":1}",
        "{\"sessionId\":\"s\",\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}]}",
        "{\"sessionId\":\" s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}]}",
        "{\"sessionId\":\"s\",\"userId\":null,\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-02-30\",\"candidates\":[{\"trackId\":\"t\"}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":null}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"},{\"trackId\":\"t\"}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\",\"relevance\":1.5}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\",\"relevance\":\"0.5\"}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\",\"objectives\":[\"Boost\"]}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\",\"objectives\":\"boost\"}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\",\"tag\":1}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\",\"trackId\":\"v\"}]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[\"t\"]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}],\"policy\":{\"beam\":1.5}}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}],\"policy\":{\"b\":1}}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"}],\"policy\":[]}",
        "{\"sessionId\":\"s\",\"userId\":\"u\",\"date\":\"2026-01-02\",\"candidates\":[{\"trackId\":\"t\"},{\"trackId\":\"v\"},{\"trackId\":\"w\"}]}"
    })
    void everythingElseIsLeftToTheTree(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), stream.parseValid(bytes, 0, bytes.length, 2), body);
    }

    /** A valid body with its fields in a random order and every optional part present or not. */
    private static String validBody(Random rnd, int s) {
        List<String> fields = new ArrayList<>(List.of("\"sessionId\":\"s-" + s + "\"", "\"userId\":\"u" + rnd.nextInt(9) + "\"",
                "\"date\":\"2026-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(9) + "\"", "\"candidates\":" + candidates(rnd)));
        switch (rnd.nextInt(4)) {
            case 0 -> fields.add("\"policy\":null");
            case 1 -> fields.add("\"policy\":{\"epsilon\":0.05,\"beam\":3,\"lambda\":0.2,\"discount\":false,"
                    + "\"weights\":{\"boost\":2},\"concave\":{\"discovery\":\"log1p\"},\"length\":4}");
            case 2 -> fields.add("\"policy\":{\"epsilon\":" + rnd.nextInt(2) + "}");
            default -> { }
        }
        Collections.shuffle(fields, rnd);
        return "{" + String.join(",", fields) + "}";
    }

    private static String candidates(Random rnd) {
        List<String> out = new ArrayList<>();
        int n = rnd.nextInt(8);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(List.of("\"trackId\":\"t" + i + "\""));
            switch (rnd.nextInt(3)) {
                case 0 -> f.add("\"artistId\":\"a" + rnd.nextInt(3) + "\"");
                case 1 -> f.add("\"artistId\":null");
                default -> { }
            }
            switch (rnd.nextInt(4)) {
                case 0 -> f.add("\"relevance\":" + rnd.nextDouble());
                case 1 -> f.add("\"relevance\":" + rnd.nextInt(2));
                case 2 -> f.add("\"relevance\":null");
                default -> { }
            }
            switch (rnd.nextInt(4)) {
                case 0 -> f.add("\"objectives\":[]");
                case 1 -> f.add("\"objectives\":[\"exposure\",\"boost\",\"my-goal_2\"]");
                case 2 -> f.add("\"objectives\":null");
                default -> { }
            }
            Collections.shuffle(f, rnd);
            out.add("{" + String.join(",", f) + "}");
        }
        return "[" + String.join(",", out) + "]";
    }
}
