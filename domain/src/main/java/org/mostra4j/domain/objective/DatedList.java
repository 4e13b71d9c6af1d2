package org.mostra4j.domain.objective;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list of ids, each valid over one or more date periods (the emerging-artist list, the boost list).
 *
 * @param <T> the id type
 */
public final class DatedList<T> {
    private static final DatedList<?> EMPTY = new DatedList<>(Map.of());
    private final Map<T, List<ValidityPeriod>> periods;

    private DatedList(Map<T, List<ValidityPeriod>> periods) {
        this.periods = periods;
    }

    @SuppressWarnings("unchecked")
    public static <T> DatedList<T> empty() {
        return (DatedList<T>) EMPTY;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Whether {@code id} is on the list on {@code date} (inclusive validity). */
    public boolean contains(T id, LocalDate date) {
        List<ValidityPeriod> p = periods.get(id);
        if (p == null) {
            return false;
        }
        for (ValidityPeriod v : p) {
            if (v.contains(date)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return periods.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedList<?> d && periods.equals(d.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    /** Collects entries; the same id may appear with several periods. */
    public static final class Builder<T> {
        private final Map<T, List<ValidityPeriod>> periods = new HashMap<>();

        public Builder<T> add(T id, ValidityPeriod period) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(period, "period");
            periods.merge(id, List.of(period), (a, b) -> {
                var all = new java.util.ArrayList<>(a);
                all.addAll(b);
                return List.copyOf(all);
            });
            return this;
        }

        public Builder<T> add(T id, LocalDate from, LocalDate to) {
            return add(id, new ValidityPeriod(from, to));
        }

        public DatedList<T> build() {
            return new DatedList<>(Map.copyOf(periods));
        }
    }
}
