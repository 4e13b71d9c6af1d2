package org.mostra4j.canary.clock.domain;

import java.time.Clock;

/** Canary: the domain choosing the system clock itself. */
public final class DefaultClock {
    Clock clock() {
        return Clock.systemUTC();
    }
}
