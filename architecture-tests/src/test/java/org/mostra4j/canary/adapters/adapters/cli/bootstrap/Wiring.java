package org.mostra4j.canary.adapters.adapters.cli.bootstrap;

import org.mostra4j.canary.adapters.adapters.ml.Trainer;
import org.mostra4j.canary.adapters.adapters.persistence.ModelRegistry;

/** Fixture: the composition root sees every adapter, which is allowed. */
public final class Wiring {
    Trainer trainer;
    ModelRegistry registry;
}
