package org.mostra4j.adapters.http;

import com.google.inject.AbstractModule;

/** Guice wiring of the http adapter. */
public final class HttpModule extends AbstractModule {
    @Override
    protected void configure() {
        // the adapter's port bindings arrive with its issue
    }
}
