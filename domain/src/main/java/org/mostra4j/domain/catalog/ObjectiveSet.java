package org.mostra4j.domain.catalog;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The immutable set of objectives a candidate serves, as a labelled candidate keeps it: it behaves like
 * {@link Set#copyOf} (no nulls, unmodifiable, equal to any set with the same elements), iterates in id order, and
 * carries {@link #bits()}, one bit per objective in a process-wide numbering, so that the decoder reads a candidate's
 * objectives as one word instead of asking the set about every objective of the session (that asking was the
 * largest fixed cost of a decoded session). The numbering gives the built-in objectives bits 0–2 and the next
 * distinct objective ids a process sees the bits up to 62, in the order they are first seen; a set holding any later
 * id has no bits (−1) and is read the slow way. Which bit an objective gets never changes a result: the decoder orders objectives by id.
 * Sets of the first 8 objectives are shared per combination, so labelling a candidate allocates nothing once warm.
 */
public final class ObjectiveSet extends AbstractSet<ObjectiveId> {
    /** Objective ids with a bit (0 … 62; bit 63 stays clear so that a known mask is never negative). */
    static final int NUMBERED = 63;
    private static final int SHARED_BITS = 8;
    private static final ConcurrentHashMap<ObjectiveId, Integer> INDEX = new ConcurrentHashMap<>();
    private static final AtomicReferenceArray<ObjectiveId> BY_INDEX = new AtomicReferenceArray<>(NUMBERED);
    private static final AtomicReferenceArray<ObjectiveSet> SHARED = new AtomicReferenceArray<>(1 << SHARED_BITS);
    private static final ObjectiveSet EMPTY = new ObjectiveSet(new ObjectiveId[0], 0L);
    private static int numbered;
    /** Set once every bit is taken: later ids then skip the lock (a service may see many more ids than bits). */
    private static volatile boolean full;

    static {
        // the built-in objectives always have bits (0, 1, 2), however many ids a process sees
        number(ObjectiveId.DISCOVERY);
        number(ObjectiveId.EXPOSURE);
        number(ObjectiveId.BOOST);
    }

    private final ObjectiveId[] ids;
    private final long bits;

    private ObjectiveSet(ObjectiveId[] sortedIds, long bits) {
        this.ids = sortedIds;
        this.bits = bits;
    }

    /** {@code objectives} as an objective set: the argument itself when it is one (like {@link Set#copyOf}). */
    public static ObjectiveSet copyOf(Collection<? extends ObjectiveId> objectives) {
        if (objectives instanceof ObjectiveSet set) {
            return set;
        }
        long bits = 0;
        for (ObjectiveId o : objectives) {
            int bit = bitOf(Objects.requireNonNull(o, "objective"));
            bits = bit < 0 || bits < 0 ? -1L : bits | 1L << bit;
        }
        if (bits == 0) {
            return EMPTY;
        }
        if (bits > 0 && bits < 1L << SHARED_BITS) {
            ObjectiveSet shared = SHARED.get((int) bits);
            if (shared != null) {
                return shared;
            }
            ObjectiveSet made = new ObjectiveSet(sorted(objectives), bits);
            return SHARED.compareAndSet((int) bits, null, made) ? made : SHARED.get((int) bits);
        }
        return new ObjectiveSet(sorted(objectives), bits);
    }

    /**
     * One bit per objective (bit {@code k} for the objective {@link #objectiveAt objectiveAt(k)}), or −1 when one of
     * them has no bit.
     */
    public long bits() {
        return bits;
    }

    /** The objective of bit {@code k} of {@link #bits()} (0 ≤ k < 63), or null when no objective has that bit. */
    public static ObjectiveId objectiveAt(int k) {
        return BY_INDEX.get(k);
    }

    private static int bitOf(ObjectiveId o) {
        Integer known = INDEX.get(o);
        return known != null ? known : full ? -1 : number(o);
    }

    private static synchronized int number(ObjectiveId o) {
        Integer known = INDEX.get(o);
        if (known != null) {
            return known;
        }
        if (numbered == NUMBERED) {
            return -1;
        }
        int bit = numbered++;
        BY_INDEX.set(bit, o);
        INDEX.put(o, bit);
        full = numbered == NUMBERED;
        return bit;
    }

    private static ObjectiveId[] sorted(Collection<? extends ObjectiveId> objectives) {
        ObjectiveId[] out = objectives.toArray(new ObjectiveId[0]);
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i].equals(out[i - 1])) {
                // a collection that is not a set, e.g. a list with a repeated objective: keep each once
                return Arrays.stream(out).distinct().toArray(ObjectiveId[]::new);
            }
        }
        return out;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public boolean isEmpty() {
        return ids.length == 0;
    }

    @Override
    public boolean contains(Object o) {
        Objects.requireNonNull(o, "o");
        for (ObjectiveId id : ids) {
            if (id.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<ObjectiveId> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public ObjectiveId next() {
                if (next >= ids.length) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }

    @Override
    public Object[] toArray() {
        return ids.clone();
    }

    @Override
    public boolean add(ObjectiveId o) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public boolean addAll(Collection<? extends ObjectiveId> c) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super ObjectiveId> filter) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (ObjectiveId id : ids) {
            h += id.hashCode();
        }
        return h;
    }
}
