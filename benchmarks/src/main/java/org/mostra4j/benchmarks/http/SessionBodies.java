package org.mostra4j.benchmarks.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /**
     * Bodies from a simulated world (canonical CSV folder): the user and date of the world's first {@code count}
     * sessions, each with {@code n} distinct tracks drawn (seeded) from its catalogue, so the encoder sees known ids;
     * with {@code labels} about a third of the candidates carry each objective, without them the server derives the
     * labels from its store.
     */
    static List<byte[]> fromWorld(Path world, int count, int n, long seed, boolean labels) {
        List<String[]> sessions = rows(world.resolve("sessions.csv"));
        List<String[]> tracks = rows(world.resolve("tracks.csv"));
        if (sessions.isEmpty() || tracks.size() < n) {
            throw new IllegalArgumentException(world + ": need sessions and at least " + n + " tracks");
        }
        Random rnd = new Random(seed);
        double[] epsilons = {0.02, 0.05, 0.1};
        List<byte[]> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            String[] session = sessions.get(s % sessions.size());
            StringBuilder b = new StringBuilder(64 * n);
            b.append("{\"sessionId\":\"bench-").append(s).append("\",\"userId\":\"").append(session[1])
                    .append("\",\"date\":\"").append(session[2]).append("\",\"candidates\":[");
            java.util.Set<Integer> picked = new java.util.LinkedHashSet<>();
            while (picked.size() < n) {
                picked.add(rnd.nextInt(tracks.size()));
            }
            int i = 0;
            for (int t : picked) {
                b.append(i++ == 0 ? "" : ",").append("{\"trackId\":\"").append(tracks.get(t)[0]).append('"');
                if (labels) {
                    b.append(",\"objectives\":[");
                    String sep = "";
                    for (String o : new String[] {"discovery", "exposure", "boost"}) {
                        if (rnd.nextInt(3) == 0) {
                            b.append(sep).append('"').append(o).append('"');
                            sep = ",";
                        }
                    }
                    b.append(']');
                }
                b.append('}');
            }
            b.append("],\"policy\":{\"epsilon\":").append(epsilons[rnd.nextInt(epsilons.length)]).append("}}");
            out.add(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String[]> rows(Path csv) {
        try {
            return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot read", e);
        }
    }
}
