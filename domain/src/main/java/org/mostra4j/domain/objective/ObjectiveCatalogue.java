package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The registered objectives, by id. Registering two objectives with one id fails at construction. */
public final class ObjectiveCatalogue {
    private final SortedMap<ObjectiveId, Objective> byId;

    private ObjectiveCatalogue(SortedMap<ObjectiveId, Objective> byId) {
        this.byId = byId;
    }

    public static ObjectiveCatalogue of(Collection<? extends Objective> objectives) {
        SortedMap<ObjectiveId, Objective> byId = new TreeMap<>();
        for (Objective o : objectives) {
            Objective previous = byId.putIfAbsent(o.id(), o);
            if (previous != null) {
                throw new IllegalStateException("objective id '" + o.id() + "' is registered twice: by "
                        + previous.getClass().getName() + " and by " + o.getClass().getName());
            }
        }
        return new ObjectiveCatalogue(Collections.unmodifiableSortedMap(byId));
    }

    /** Discovery, Exposure and Boost. */
    public static ObjectiveCatalogue builtIns() {
        return of(List.of(new Discovery(), new Exposure(), new Boost()));
    }

    public Optional<Objective> find(ObjectiveId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public SortedSet<ObjectiveId> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byId.keySet()));
    }

    public Collection<Objective> all() {
        return byId.values();
    }

    public boolean contains(ObjectiveId id) {
        return byId.containsKey(id);
    }
}
