package org.mostra4j.canary.guice.adapters.ml;

import com.google.inject.AbstractModule;

/** Canary: a Guice module not named *Module. */
public final class Wiring extends AbstractModule {
}
