package org.mostra4j.domain.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
        // sessions share a few label sets (the decorator hands out one instance per combination): each distinct
        // instance is read once, and the few distinct ids are sorted once, without a map or an iterator per item
        int n = labels.size();
        Set<?>[] distinct = new Set<?>[Math.min(n, DISTINCT_SETS)];
        int distinctCount = 0;
        int[] setOf = new int[n];
        ObjectiveId[] ids = new ObjectiveId[MAX_OBJECTIVES + 1];
        int idCount = 0;
        for (int i = 0; i < n; i++) {
            Set<ObjectiveId> l = labels.get(i);
            int s = indexOfSame(distinct, distinctCount, l);
            if (s < 0) {
                if (distinctCount < distinct.length) {
                    distinct[distinctCount] = l;
                    s = distinctCount++;
                }
                for (ObjectiveId o : l) {
                    if (indexOfEqual(ids, idCount, o) < 0) {
                        if (idCount == MAX_OBJECTIVES) {
                            throw new IllegalArgumentException("at most " + MAX_OBJECTIVES
                                    + " distinct objectives per session, found at least " + (MAX_OBJECTIVES + 1));
                        }
                        ids[idCount++] = o;
                    }
                }
            }
            setOf[i] = s;
        }
        Arrays.sort(ids, 0, idCount);
        List<ObjectiveId> index = List.of(Arrays.copyOf(ids, idCount));
        long[] maskOfSet = new long[distinctCount];
        for (int s = 0; s < distinctCount; s++) {
            maskOfSet[s] = mask(distinct[s], ids, idCount);
        }
        long[] masks = new long[n];
        for (int i = 0; i < n; i++) {
            masks[i] = setOf[i] >= 0 ? maskOfSet[setOf[i]] : mask(labels.get(i), ids, idCount);
        }
        return new ScoringUniverse(index, masks);
    }

    /** Label-set instances remembered per call; beyond, sets are read per item. */
    private static final int DISTINCT_SETS = 64;

    private static int indexOfSame(Set<?>[] sets, int count, Set<?> s) {
        for (int k = 0; k < count; k++) {
            if (sets[k] == s) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOfEqual(ObjectiveId[] ids, int count, ObjectiveId o) {
        for (int k = 0; k < count; k++) {
            if (ids[k].equals(o)) {
                return k;
            }
        }
        return -1;
    }

    private static long mask(Set<?> labels, ObjectiveId[] sortedIds, int count) {
        long m = 0;
        for (Object o : labels) {
            m |= 1L << indexOfEqual(sortedIds, count, (ObjectiveId) o);
        }
        return m;
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
