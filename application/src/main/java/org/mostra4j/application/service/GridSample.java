package org.mostra4j.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.mostra4j.application.port.in.TradeOffMethod;

/** The settings of a method's grid that a run evaluates: all of them, or a seeded sample without repeats. */
final class GridSample {
    private GridSample() {
    }

    static List<Map<String, Double>> of(TradeOffMethod method, int points, long seed) {
        long size = method.gridSize();
        List<Map<String, Double>> out = new ArrayList<>();
        if (size <= points) {
            for (long i = 0; i < size; i++) {
                out.add(method.gridPoint(i));
            }
            return out;
        }
        // Floyd's algorithm: `points` distinct indices, each subset equally likely
        SplittableRandom random = new SplittableRandom(seed ^ method.name().hashCode() * 0x9E3779B97F4A7C15L);
        TreeSet<Long> chosen = new TreeSet<>();
        for (long j = size - points; j < size; j++) {
            long t = random.nextLong(j + 1);
            chosen.add(chosen.contains(t) ? j : t);
        }
        chosen.forEach(i -> out.add(method.gridPoint(i)));
        return out;
    }
}
