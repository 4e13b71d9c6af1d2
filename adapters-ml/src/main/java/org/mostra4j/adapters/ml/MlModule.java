package org.mostra4j.adapters.ml;

import com.google.inject.AbstractModule;

/** Guice wiring of the ml adapter. */
public final class MlModule extends AbstractModule {
    @Override
    protected void configure() {
        // the adapter's port bindings arrive with its issue
    }
}
