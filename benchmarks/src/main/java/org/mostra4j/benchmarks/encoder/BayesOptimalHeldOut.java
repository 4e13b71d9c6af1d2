package org.mostra4j.benchmarks.encoder;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The Bayes-optimal reference for {@code mostra4j train}'s validation figures on a simulated world: the simulator's
 * true completion probability ({@code truth.csv}, p_sat in the logged context) scored as a prediction of the logged
 * label ({@code candidates.csv}, sat) over exactly the candidates of the sessions {@code train} holds out.
 *
 * <p>The split repeats the trainer's rule ({@code Corpus.isValidation}): among the first {@code limit} sessions by id
 * ({@code train --limit}, 0 = all), a session is held out when
 * {@code new SplittableRandom(seed * 31 + sessionId.hashCode()).nextDouble() < share} (defaults seed 42, share 0.2).
 * Prints ROC-AUC (ties counted as one half) and mean log-loss over the labelled candidates of those sessions.
 *
 * <p>Arguments: {@code WORLD_DIR [limit] [seed] [share]}.
 */
public final class BayesOptimalHeldOut {
    private BayesOptimalHeldOut() {
    }

    public static void main(String[] args) throws IOException {
        Path world = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.2;
        TreeSet<String> ids = new TreeSet<>();
        try (BufferedReader r = Files.newBufferedReader(world.resolve("sessions.csv"), StandardCharsets.UTF_8)) {
            r.readLine();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                ids.add(l.substring(0, l.indexOf(',')));
            }
        }
        List<String> first = new ArrayList<>(ids);
        if (limit > 0 && limit < first.size()) {
            first = first.subList(0, limit);
        }
        java.util.Set<String> held = new java.util.HashSet<>();
        for (String id : first) {
            if (new SplittableRandom(seed * 31 + id.hashCode()).nextDouble() < share) {
                held.add(id);
            }
        }
        Map<String, Integer> labels = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(world.resolve("candidates.csv"), StandardCharsets.UTF_8)) {
            r.readLine();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String[] f = l.split(",", -1);
                if (held.contains(f[0]) && !f[3].isEmpty()) {
                    labels.put(f[0] + ',' + f[1], Integer.parseInt(f[3]));
                }
            }
        }
        double[] p = new double[labels.size()];
        int[] y = new int[labels.size()];
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(world.resolve("truth.csv"), StandardCharsets.UTF_8)) {
            r.readLine();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                int c = l.lastIndexOf(',');
                Integer label = labels.get(l.substring(0, c));
                if (label != null) {
                    p[n] = Double.parseDouble(l.substring(c + 1));
                    y[n++] = label;
                }
            }
        }
        System.out.printf(Locale.ROOT, "held-out sessions %d of %d, labelled candidates %d (joined with truth %d)%n",
                held.size(), first.size(), labels.size(), n);
        System.out.printf(Locale.ROOT, "Bayes-optimal (true p_sat): AUC %.4f, log-loss %.4f%n", auc(p, y, n),
                logLoss(p, y, n));
    }

    static double auc(double[] p, int[] y, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPos += midRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    static double logLoss(double[] p, int[] y, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double q = Math.min(1 - 1e-7, Math.max(1e-7, p[i]));
            sum -= y[i] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return sum / n;
    }
}
