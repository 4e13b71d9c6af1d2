package org.mostra4j.domain.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * The items a scorer works over (indexed 0..n-1) and the objectives each serves. The objectives that
 * occur are indexed 0..K-1 in id order; at most 64 distinct objectives per session (one bit each).
 */
public final class ScoringUniverse {
    public static final int MAX_OBJECTIVES = 64;
    private final List<ObjectiveId> objectives;
    private final long[] masks;

    private ScoringUniverse(List<ObjectiveId> objectives, long[] masks) {
        this.objectives = objectives;
        this.masks = masks;
    }

    /** A universe whose item i serves {@code labels.get(i)}. */
    public static ScoringUniverse of(List<? extends Set<ObjectiveId>> labels) {
        // hash first, sort the few distinct ids once: this runs once per search, on every candidate
        Map<ObjectiveId, Integer> position = new HashMap<>();
        for (Set<ObjectiveId> l : labels) {
            for (ObjectiveId o : l) {
                position.putIfAbsent(o, 0);
            }
        }
        if (position.size() > MAX_OBJECTIVES) {
            throw new IllegalArgumentException("at most " + MAX_OBJECTIVES + " distinct objectives per session, found "
                    + position.size());
        }
        List<ObjectiveId> index = List.copyOf(new TreeSet<>(position.keySet()));
        for (int k = 0; k < index.size(); k++) {
            position.put(index.get(k), k);
        }
        long[] masks = new long[labels.size()];
        for (int i = 0; i < masks.length; i++) {
            for (ObjectiveId o : labels.get(i)) {
                masks[i] |= 1L << position.get(o);
            }
        }
        return new ScoringUniverse(index, masks);
    }

    public int size() {
        return masks.length;
    }

    public int objectiveCount() {
        return objectives.size();
    }

    public ObjectiveId objective(int k) {
        return objectives.get(k);
    }

    public List<ObjectiveId> objectives() {
        return objectives;
    }

    /** Bit k is set when item serves objective k. */
    public long mask(int item) {
        return masks[item];
    }

    public boolean serves(int item, int objective) {
        return (masks[item] & (1L << objective)) != 0;
    }

    public Set<ObjectiveId> labels(int item) {
        List<ObjectiveId> out = new ArrayList<>();
        for (int k = 0; k < objectives.size(); k++) {
            if (serves(item, k)) {
                out.add(objectives.get(k));
            }
        }
        return Set.copyOf(out);
    }
}
