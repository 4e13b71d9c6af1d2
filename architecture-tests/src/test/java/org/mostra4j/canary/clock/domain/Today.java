package org.mostra4j.canary.clock.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Canary: now(zone) reads the system clock too. */
public final class Today {
    LocalDate date() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
