package org.mostra4j.canary.adapters.adapters.ml;

/** Canary: the ML adapter reaching into the persistence adapter. */
public final class Trainer {
    org.mostra4j.canary.adapters.adapters.persistence.ModelRegistry registry;
}
