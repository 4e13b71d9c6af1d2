package org.mostra4j.canary.guice.adapters.http;

import com.google.inject.PrivateModule;

/** Canary: a private Guice module not named *Module. */
public final class PrivateWiring extends PrivateModule {
    @Override
    protected void configure() {
    }
}
