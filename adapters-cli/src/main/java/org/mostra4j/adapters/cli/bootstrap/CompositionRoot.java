package org.mostra4j.adapters.cli.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import java.util.ArrayList;
import java.util.List;
import org.mostra4j.adapters.http.HttpModule;
import org.mostra4j.adapters.ml.MlModule;
import org.mostra4j.adapters.report.ReportModule;
import org.mostra4j.adapters.simulation.SimulationModule;
import org.mostra4j.application.MostraModule;

/** The one place that builds the Guice injector: the core module plus every adapter's module. */
public final class CompositionRoot {
    private CompositionRoot() {
    }

    /**
     * The modules of a full installation. The store is not among them: it is bound only for a command that
     * names a database file ({@link Installation}), so no command creates {@code ./mostra4j.duckdb} by merely
     * starting.
     */
    public static List<Module> modules() {
        return List.of(new MostraModule(), new MlModule(), new SimulationModule(),
                new HttpModule(), new ReportModule(), new CliModule(), new StoreScopedGs.CommandsModule());
    }

    /** The injector for the CLI; {@code overrides} replace bindings (tests, per-command configuration). */
    public static Injector injector(Module... overrides) {
        List<Module> all = new ArrayList<>(modules());
        return overrides.length == 0 ? Guice.createInjector(all)
                : Guice.createInjector(Modules.override(all).with(overrides));
    }
}
