package org.mostra4j.canary.random.domain;

import java.util.Random;

/** Fixture: a seeded generator is fine. */
public final class SeededDice {
    private final Random random;

    SeededDice(long seed) {
        random = new Random(seed);
    }
}
