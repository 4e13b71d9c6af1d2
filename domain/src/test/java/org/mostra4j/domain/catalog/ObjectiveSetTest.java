package org.mostra4j.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link ObjectiveSet}: it is the set {@link Set#copyOf} would make (equal both ways, same hash, same
 * membership), iterates in id order, and its {@link ObjectiveSet#bits} name exactly its objectives.
 */
class ObjectiveSetTest {
    private static final List<ObjectiveId> NAMES = List.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY,
            ObjectiveId.EXPOSURE, ObjectiveId.of("zeta"), ObjectiveId.of("alpha"), ObjectiveId.of("mu-2"));

    @Test
    void isTheSetThatSetCopyOfMakesInIdOrder() {
        Random random = new Random(3);
        for (int example = 0; example < 500; example++) {
            // a list with repeats, in any order, as a caller may pass one
            List<ObjectiveId> given = new ArrayList<>();
            for (int k = random.nextInt(9); k > 0; k--) {
                given.add(NAMES.get(random.nextInt(NAMES.size())));
            }
            Set<ObjectiveId> expected = Set.copyOf(given);
            ObjectiveSet set = ObjectiveSet.copyOf(given);
            assertEquals(expected, set, given.toString());
            assertEquals(set, expected, given.toString());
            assertEquals(expected.hashCode(), set.hashCode());
            assertEquals(expected.size(), set.size());
            for (ObjectiveId o : NAMES) {
                assertEquals(expected.contains(o), set.contains(o), o + " in " + given);
            }
            assertEquals(new ArrayList<>(new TreeSet<>(given)), new ArrayList<>(set));
            assertArrayEquals(new TreeSet<>(given).toArray(), set.toArray());
        }
    }

    @Test
    void bitsNameExactlyTheObjectivesOfTheSet() {
        Random random = new Random(4);
        for (int example = 0; example < 300; example++) {
            Set<ObjectiveId> given = new TreeSet<>();
            for (ObjectiveId o : NAMES) {
                if (random.nextBoolean()) {
                    given.add(o);
                }
            }
            long bits = ObjectiveSet.copyOf(given).bits();
            if (bits < 0) {
                // ids beyond the numbered ones (another test of this JVM may have used them all) have no bits
                assertTrue(given.stream().anyMatch(o -> !ObjectiveId.DISCOVERY.equals(o)
                        && !ObjectiveId.EXPOSURE.equals(o) && !ObjectiveId.BOOST.equals(o)));
                continue;
            }
            assertEquals(given.size(), Long.bitCount(bits));
            for (long b = bits; b != 0; b &= b - 1) {
                assertTrue(given.contains(ObjectiveSet.objectiveAt(Long.numberOfTrailingZeros(b))), given.toString());
            }
        }
        // the built-in objectives always have their bits
        assertEquals(0b101L, ObjectiveSet.copyOf(Set.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY)).bits());
        assertEquals(0L, ObjectiveSet.copyOf(Set.of()).bits());
    }

    @Test
    void copyingAnObjectiveSetOrAnEqualSetOfBuiltInsGivesTheSameInstance() {
        ObjectiveSet one = ObjectiveSet.copyOf(List.of(ObjectiveId.EXPOSURE, ObjectiveId.BOOST));
        assertSame(one, ObjectiveSet.copyOf(one));
        assertSame(one, ObjectiveSet.copyOf(new TreeSet<>(Arrays.asList(ObjectiveId.BOOST, ObjectiveId.EXPOSURE))));
    }

    @Test
    void isImmutableAndRejectsNullsLikeSetCopyOf() {
        ObjectiveSet set = ObjectiveSet.copyOf(List.of(ObjectiveId.DISCOVERY));
        assertThrows(UnsupportedOperationException.class, () -> set.add(ObjectiveId.BOOST));
        assertThrows(UnsupportedOperationException.class, () -> set.remove(ObjectiveId.DISCOVERY));
        assertThrows(UnsupportedOperationException.class, set::clear);
        assertThrows(UnsupportedOperationException.class, () -> set.iterator().remove());
        assertThrows(NullPointerException.class, () -> ObjectiveSet.copyOf(Arrays.asList(ObjectiveId.BOOST, null)));
        assertThrows(NullPointerException.class, () -> set.contains(null));
    }
}
