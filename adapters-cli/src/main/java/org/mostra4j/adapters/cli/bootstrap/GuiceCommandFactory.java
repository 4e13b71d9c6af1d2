package org.mostra4j.adapters.cli.bootstrap;

import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli create commands through Guice, so commands receive use cases by constructor injection. */
public final class GuiceCommandFactory implements CommandLine.IFactory {
    private final Injector injector;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    public GuiceCommandFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls.getName().startsWith("org.mostra4j.")) {
            return injector.getInstance(cls);
        }
        return fallback.create(cls);
    }
}
