package org.mostra4j.canary.clock.domain;

import java.time.Clock;
import java.time.Instant;

/** Fixture: reading an injected clock is fine. */
public record ClockedStamp(Instant at) {
    static ClockedStamp current(Clock clock) {
        return new ClockedStamp(Instant.now(clock));
    }
}
