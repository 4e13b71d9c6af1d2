package org.mostra4j.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Law: answering requests concurrently gives exactly the answers of answering them one by one. */
class ConcurrencyTest {
    static final long SEED = 20260115L;

    /** A seeded session of 30 candidates, some with relevance and labels, some left to the encoder, random knobs. */
    static String session(Random rnd, int n) {
        StringBuilder b = new StringBuilder("{\"sessionId\":\"s" + n + "\",\"userId\":\"u\",\"date\":\"2026-01-01\","
                + "\"candidates\":[");
        String[] labels = {"", "\"exposure\"", "\"boost\"", "\"discovery\"", "\"exposure\",\"boost\""};
        for (int i = 0; i < 30; i++) {
            b.append(i == 0 ? "" : ",").append("{\"trackId\":\"t").append(rnd.nextInt(1000) * 100 + i).append('"');
            if (rnd.nextBoolean()) {
                b.append(",\"relevance\":").append(rnd.nextInt(1001) / 1000.0);
            }
            b.append(",\"objectives\":[").append(labels[rnd.nextInt(labels.length)]).append("]}");
        }
        b.append("],\"policy\":{\"epsilon\":").append(rnd.nextInt(21) / 100.0).append(",\"beam\":")
                .append(1 + rnd.nextInt(8)).append(",\"lambda\":").append(rnd.nextInt(30) / 100.0).append("}}");
        return b.toString();
    }

    @Test
    void concurrentAnswersEqualSequentialAnswers() throws Exception {
        Random rnd = new Random(SEED);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            bodies.add(session(rnd, i));
        }
        try (ServerFixture server = ServerFixture.start()) {
            List<String> sequential = new ArrayList<>();
            for (String body : bodies) {
                var r = server.post("/v1/sequence", body);
                assertEquals(200, r.statusCode(), r.body());
                sequential.add(r.body());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> concurrent = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (String body : bodies) {
                        concurrent.add(pool.submit(() -> server.post("/v1/sequence", body).body()));
                    }
                }
                for (int i = 0; i < concurrent.size(); i++) {
                    assertEquals(sequential.get(i % bodies.size()), concurrent.get(i).get(), "request " + i);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
