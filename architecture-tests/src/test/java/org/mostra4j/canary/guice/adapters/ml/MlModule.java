package org.mostra4j.canary.guice.adapters.ml;

import com.google.inject.AbstractModule;
import com.google.inject.Module;

/** Fixture: a well-named module; anonymous modules have no name to check. */
public final class MlModule extends AbstractModule {
    static Module nothing() {
        return new AbstractModule() {
        };
    }
}
