package org.mostra4j.canary.clock.domain;

import java.time.Instant;

/** Canary: the domain reading the clock. */
public record Stamp(Instant at) {
    static Stamp current() {
        return new Stamp(Instant.now());
    }
}
