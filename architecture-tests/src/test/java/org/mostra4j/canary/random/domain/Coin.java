package org.mostra4j.canary.random.domain;

/** Canary: Math.random(). */
public final class Coin {
    boolean heads() {
        return Math.random() < 0.5;
    }
}
