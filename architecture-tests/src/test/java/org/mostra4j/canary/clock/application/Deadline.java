package org.mostra4j.canary.clock.application;

/** Canary: a service reading wall-clock milliseconds. */
public final class Deadline {
    boolean passed(long at) {
        return System.currentTimeMillis() > at;
    }
}
