package org.mostra4j.application.port.in;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.mostra4j.domain.evaluation.RankingPolicy;

/**
 * One method of the frontier and of {@code tune}: a name, its knobs (each with a grid and bounds) and a factory
 * that turns a setting of the knobs into a {@link RankingPolicy} and into the {@code policy} object a user can
 * serve. Adding a method to the comparison is one more instance in the list handed to the use cases.
 *
 * @param name   the method's name, e.g. {@code mostra}
 * @param knobs  its knobs, in a fixed order
 * @param policy builds the policy of a setting (knob name → value; every knob present)
 * @param object the setting as the {@code policy} JSON object {@code sequence} and the service accept (values are
 *               numbers, strings or maps of them); methods the service cannot run name themselves in a
 *               {@code "method"} field, which the service refuses
 */
public record TradeOffMethod(String name, List<Knob> knobs, Function<Map<String, Double>, RankingPolicy> policy,
        Function<Map<String, Double>, Map<String, Object>> object) {

    public TradeOffMethod {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("method name must be non-blank, was '" + name + "'");
        }
        knobs = List.copyOf(knobs);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(object, "object");
        if (knobs.isEmpty()) {
            throw new IllegalArgumentException(name + ": a method needs at least one knob");
        }
    }

    /**
     * A knob: its grid and, for continuous knobs, the bounds local refinement stays within.
     *
     * @param continuous whether values between grid points mean something (a weight does; the index of a
     *                   concave function does not, so refinement keeps it fixed)
     */
    public record Knob(String name, List<Double> grid, double low, double high, boolean continuous) {
        public Knob {
            grid = List.copyOf(grid);
            if (grid.isEmpty() || !(low <= high)) {
                throw new IllegalArgumentException(name + ": needs a grid and low <= high");
            }
            for (double g : grid) {
                if (g < low || g > high) {
                    throw new IllegalArgumentException(name + ": grid value " + g + " outside [" + low + ", " + high
                            + "]");
                }
            }
        }
    }

    /** How many settings the full grid has (capped at {@link Long#MAX_VALUE}). */
    public long gridSize() {
        long size = 1;
        for (Knob k : knobs) {
            size = Math.multiplyExact(size, k.grid().size());
        }
        return size;
    }

    /** The {@code index}-th setting of the full grid (mixed radix, the last knob varying fastest). */
    public Map<String, Double> gridPoint(long index) {
        Map<String, Double> out = new LinkedHashMap<>();
        long rest = index;
        List<Knob> reversed = new ArrayList<>(knobs);
        java.util.Collections.reverse(reversed);
        Map<String, Double> backwards = new LinkedHashMap<>();
        for (Knob k : reversed) {
            int n = k.grid().size();
            backwards.put(k.name(), k.grid().get((int) (rest % n)));
            rest /= n;
        }
        knobs.forEach(k -> out.put(k.name(), backwards.get(k.name())));
        return out;
    }

    public List<Knob> continuousKnobs() {
        return knobs.stream().filter(Knob::continuous).toList();
    }
}
