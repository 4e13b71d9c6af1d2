package org.mostra4j.domain.objective;

import java.time.LocalDate;
import java.util.Objects;

/** A closed date interval [from, to]: both ends inclusive. */
public record ValidityPeriod(LocalDate from, LocalDate to) {
    public ValidityPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("valid_to " + to + " is before valid_from " + from);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
