package org.mostra4j.canary.random.domain;

import java.util.concurrent.ThreadLocalRandom;

/** Canary: ThreadLocalRandom cannot be seeded. */
public final class FastDice {
    int roll() {
        return ThreadLocalRandom.current().nextInt(6);
    }
}
