package org.mostra4j.canary.clock.adapters.cli;

import java.time.Instant;

/** Fixture: adapters may read the clock (and inject it inward). */
public final class Progress {
    Instant started = Instant.now();
}
