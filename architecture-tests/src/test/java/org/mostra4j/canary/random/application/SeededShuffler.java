package org.mostra4j.canary.random.application;

import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Fixture: shuffling with a seeded generator is fine. */
public final class SeededShuffler {
    void shuffle(List<String> tracks, long seed) {
        Collections.shuffle(tracks, new Random(seed));
    }
}
