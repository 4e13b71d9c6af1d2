package org.mostra4j.canary.adapters.adapters.simulation;

/** Fixture: the simulator's outcome oracle. */
public final class Oracle {
}
