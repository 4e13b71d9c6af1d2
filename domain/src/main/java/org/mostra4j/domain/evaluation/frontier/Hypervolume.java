package org.mostra4j.domain.evaluation.frontier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The dominated hypervolume of a point set (every coordinate maximised): the measure of the region that some
 * point dominates and that dominates the reference point. Exact, by slicing along the last coordinate and
 * recursing (fine for the tens of points of a Pareto set; exponential in the dimension, which is 1 + the number
 * of objectives here). Points that do not strictly dominate the reference on every coordinate add nothing.
 */
public final class Hypervolume {
    private Hypervolume() {
    }

    public static double of(List<double[]> points, double[] reference) {
        List<double[]> useful = new ArrayList<>();
        for (double[] p : points) {
            if (p.length != reference.length) {
                throw new IllegalArgumentException("point of dimension " + p.length + " for a reference of "
                        + reference.length);
            }
            boolean above = true;
            for (int d = 0; d < p.length; d++) {
                above &= p[d] > reference[d];
            }
            if (above) {
                useful.add(p.clone());
            }
        }
        return volume(useful, reference, reference.length);
    }

    /** The hypervolume over the first {@code dims} coordinates. */
    private static double volume(List<double[]> points, double[] reference, int dims) {
        if (points.isEmpty()) {
            return 0.0;
        }
        if (dims == 1) {
            return points.stream().mapToDouble(p -> p[0]).max().orElseThrow() - reference[0];
        }
        int last = dims - 1;
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble((double[] p) -> p[last]).reversed());
        double total = 0.0;
        List<double[]> slice = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            slice.add(sorted.get(i));
            double top = sorted.get(i)[last];
            double bottom = i + 1 < sorted.size() ? sorted.get(i + 1)[last] : reference[last];
            if (top > bottom) {
                total += volume(slice, reference, last) * (top - bottom);
            }
        }
        return total;
    }

    /** Convenience for tests and reports: the hypervolume of the given points as varargs. */
    public static double of(double[] reference, double[]... points) {
        return of(Arrays.asList(points), reference);
    }
}
