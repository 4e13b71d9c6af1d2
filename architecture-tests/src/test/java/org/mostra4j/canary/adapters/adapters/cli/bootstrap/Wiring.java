package org.mostra4j.canary.adapters.adapters.cli.bootstrap;

/** Fixture: the composition root sees every adapter, which is allowed. */
public final class Wiring {
    org.mostra4j.canary.adapters.adapters.ml.Trainer trainer;
    org.mostra4j.canary.adapters.adapters.persistence.ModelRegistry registry;
}
