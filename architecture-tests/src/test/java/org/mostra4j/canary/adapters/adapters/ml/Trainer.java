package org.mostra4j.canary.adapters.adapters.ml;

import org.mostra4j.canary.adapters.adapters.persistence.ModelRegistry;

/** Canary: the ML adapter reaching into the persistence adapter. */
public final class Trainer {
    ModelRegistry registry;
}
