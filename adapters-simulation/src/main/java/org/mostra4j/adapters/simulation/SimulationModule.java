package org.mostra4j.adapters.simulation;

import com.google.inject.AbstractModule;

/** Guice wiring of the simulation adapter. */
public final class SimulationModule extends AbstractModule {
    @Override
    protected void configure() {
        // the adapter's port bindings arrive with its issue
    }
}
