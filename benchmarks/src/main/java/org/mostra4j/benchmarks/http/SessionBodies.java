package org.mostra4j.benchmarks.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded request bodies for {@code POST /v1/sequence}: sessions of {@code n} candidates without relevance (so every
 * request runs the encoder), about a third labelled with each objective, and the default beam search (B=5, all
 * positions) at ε ∈ {0.02, 0.05, 0.1}.
 */
final class SessionBodies {
    private SessionBodies() {
    }

    static List<byte[]> generate(int count, int n, long seed) {
        Random rnd = new Random(seed);
        List<byte[]> out = new ArrayList<>(count);
        double[] epsilons = {0.02, 0.05, 0.1};
        for (int s = 0; s < count; s++) {
            StringBuilder b = new StringBuilder(64 * n);
            b.append("{\"sessionId\":\"bench-").append(s).append("\",\"userId\":\"u").append(rnd.nextInt(10_000))
                    .append("\",\"date\":\"2026-01-15\",\"candidates\":[");
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "" : ",").append("{\"trackId\":\"t").append(rnd.nextInt(1_000_000)).append('-')
                        .append(i).append("\",\"objectives\":[");
                String sep = "";
                for (String o : new String[] {"discovery", "exposure", "boost"}) {
                    if (rnd.nextInt(3) == 0) {
                        b.append(sep).append('"').append(o).append('"');
                        sep = ",";
                    }
                }
                b.append("]}");
            }
            b.append("],\"policy\":{\"epsilon\":").append(epsilons[rnd.nextInt(epsilons.length)]).append("}}");
            out.add(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
