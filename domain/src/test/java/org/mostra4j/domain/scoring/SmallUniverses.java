package org.mostra4j.domain.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * Every small scoring universe the exhaustive law checks run over: n ≤ 6 items, 1–3 objectives
 * (named {@code a}, {@code b}, {@code c}). Where the number of ordered labellings (2^K)^n is at most
 * {@value #ORDERED_LIMIT} every labelling is enumerated; above that (3 objectives with 5 or 6 items)
 * every multiset of labels is, items in ascending label order.
 */
public final class SmallUniverses {
    public static final int MAX_ITEMS = 6;
    public static final int MAX_OBJECTIVES = 3;
    static final int ORDERED_LIMIT = 4096;
    private static final List<ObjectiveId> NAMES = List.of(ObjectiveId.of("a"), ObjectiveId.of("b"), ObjectiveId.of("c"));
    private static final List<ScoringUniverse> ALL = Collections.unmodifiableList(enumerate());

    private SmallUniverses() {
    }

    /** All of them, in a fixed order (about 12,800 universes). */
    public static List<ScoringUniverse> all() {
        return ALL;
    }

    /** The objective id the exhaustive universes use for objective bit {@code k}. */
    public static ObjectiveId objective(int k) {
        return NAMES.get(k);
    }

    /** A universe whose item i serves the objectives whose bits are set in {@code masks[i]}. */
    public static ScoringUniverse fromMasks(int[] masks) {
        List<Set<ObjectiveId>> labels = new ArrayList<>(masks.length);
        for (int m : masks) {
            Set<ObjectiveId> s = new TreeSet<>();
            for (int k = 0; k < 31; k++) {
                if ((m & (1 << k)) != 0) {
                    s.add(k < NAMES.size() ? NAMES.get(k) : ObjectiveId.of("o" + k));
                }
            }
            labels.add(s);
        }
        return ScoringUniverse.of(labels);
    }

    /** Labels of every item, e.g. {@code [{a}, {}, {a, c}]}, for messages. */
    public static String describe(ScoringUniverse u) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < u.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(new TreeSet<>(u.labels(i)).toString().replace('[', '{').replace(']', '}'));
        }
        return b.append(']').toString();
    }

    private static List<ScoringUniverse> enumerate() {
        List<ScoringUniverse> out = new ArrayList<>();
        for (int k = 1; k <= MAX_OBJECTIVES; k++) {
            int labels = 1 << k;
            for (int n = 0; n <= MAX_ITEMS; n++) {
                boolean ordered = Math.pow(labels, n) <= ORDERED_LIMIT;
                fill(new int[n], 0, 0, labels, ordered, out);
            }
        }
        return out;
    }

    private static void fill(int[] masks, int at, int from, int labels, boolean ordered, List<ScoringUniverse> out) {
        if (at == masks.length) {
            out.add(fromMasks(masks));
            return;
        }
        for (int m = ordered ? 0 : from; m < labels; m++) {
            masks[at] = m;
            fill(masks, at + 1, m, labels, ordered, out);
        }
    }
}
