package org.mostra4j.canary.random.application;

import java.util.UUID;

/** Canary: random UUIDs are not reproducible. */
public final class RunIds {
    UUID next() {
        return UUID.randomUUID();
    }
}
