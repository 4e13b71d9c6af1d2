package org.mostra4j.adapters.ml.encoder.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;

/** Batches bucketed by set size: sets sorted by (size, random key), cut into batches, batch order shuffled. */
final class Buckets {
    private Buckets() {
    }

    static List<List<EncodedSet>> of(List<EncodedSet> sets, int batchSize, SplittableRandom random) {
        List<Keyed> keyed = new ArrayList<>(sets.size());
        for (EncodedSet s : sets) {
            keyed.add(new Keyed(s, random.nextLong()));
        }
        keyed.sort(Comparator.comparingInt((Keyed k) -> k.set.size()).thenComparingLong(k -> k.key));
        List<List<EncodedSet>> out = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i += batchSize) {
            out.add(keyed.subList(i, Math.min(keyed.size(), i + batchSize)).stream().map(k -> k.set).toList());
        }
        Collections.shuffle(out, new Random(random.nextLong()));
        return out;
    }

    private record Keyed(EncodedSet set, long key) {
    }
}
