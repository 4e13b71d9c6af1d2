package org.mostra4j.canary.random.domain;

import java.util.Random;

/** Canary: a generator seeded from the clock. */
public final class Dice {
    private final Random random = new Random();
}
