package org.mostra4j.canary.clock.application;

/** Canary: a service reading the monotonic clock. */
public final class Stopwatch {
    long started() {
        return System.nanoTime();
    }
}
