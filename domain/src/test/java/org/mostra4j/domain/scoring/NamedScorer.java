package org.mostra4j.domain.scoring;

import java.util.Objects;

/** A scorer under test and the name its law violations are reported under. */
public record NamedScorer(String name, ObjectiveScorer scorer) {
    public NamedScorer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scorer, "scorer");
    }

    public static NamedScorer of(String name, ObjectiveScorer scorer) {
        return new NamedScorer(name, scorer);
    }
}
