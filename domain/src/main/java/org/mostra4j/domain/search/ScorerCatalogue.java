package org.mostra4j.domain.search;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The registered objective scorers, by name. Two scorers with one name fail at construction. */
public final class ScorerCatalogue {
    private final SortedMap<String, ObjectiveScorerFactory> byName;

    private ScorerCatalogue(SortedMap<String, ObjectiveScorerFactory> byName) {
        this.byName = byName;
    }

    public static ScorerCatalogue of(Collection<? extends ObjectiveScorerFactory> scorers) {
        SortedMap<String, ObjectiveScorerFactory> byName = new TreeMap<>();
        for (ObjectiveScorerFactory s : scorers) {
            ObjectiveScorerFactory previous = byName.putIfAbsent(s.name(), s);
            if (previous != null) {
                throw new IllegalStateException("scorer name '" + s.name() + "' is registered twice: by "
                        + previous.getClass().getName() + " and by " + s.getClass().getName());
            }
        }
        return new ScorerCatalogue(Collections.unmodifiableSortedMap(byName));
    }

    public static ScorerCatalogue builtIns() {
        return of(List.of(ObjectiveScorerFactory.CONCAVE_COVERAGE));
    }

    public Optional<ObjectiveScorerFactory> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<ObjectiveScorerFactory> all() {
        return byName.values();
    }
}
