package org.mostra4j.adapters.cli.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mostra4j.adapters.ml.MlModule;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.PersistenceModule;
import org.mostra4j.adapters.persistence.SnapshotFactsModule;
import org.mostra4j.adapters.persistence.StoreOptions;

/**
 * The injector for one command that names a database file and/or an encoder model file: the full
 * installation with the store bound to {@code db} (shared per file within the process) and the serving
 * encoder bound to {@code model}.
 */
public final class Installation {
    private Installation() {
    }

    public static Injector open(Optional<Path> db, Optional<Path> model, Module... more) {
        List<Module> overrides = new ArrayList<>(modules(db, model));
        overrides.addAll(List.of(more));
        return CompositionRoot.injector(overrides.toArray(Module[]::new));
    }

    /**
     * Like {@link #open}, for batch commands that read the facts of many sessions (train, evaluate): the catalogue,
     * histories and lists are read once into memory ({@link SnapshotFactsModule#overStore}) instead of queried per
     * session.
     */
    public static Injector openWithFactsInMemory(Optional<Path> db, Optional<Path> model) {
        return CompositionRoot.injector(modules(db, model, true).toArray(Module[]::new));
    }

    /** The overriding modules for a database file and a model file. */
    public static List<Module> modules(Optional<Path> db, Optional<Path> model) {
        return modules(db, model, false);
    }

    private static List<Module> modules(Optional<Path> db, Optional<Path> model, boolean factsInMemory) {
        List<Module> out = new ArrayList<>();
        db.ifPresent(file -> {
            StoreOptions options = StoreOptions.at(file);
            Module shared = new AbstractModule() {
                @Provides
                DuckDbStore sharedStore() {
                    return OpenStores.get(options);
                }
            };
            out.add(Modules.override(new PersistenceModule(options)).with(factsInMemory
                    ? List.of(shared, SnapshotFactsModule.overStore()) : List.of(shared)));
        });
        model.ifPresent(file -> out.add(new MlModule(file)));
        return out;
    }

    /** Closes this process's handle on {@code db}, if any. */
    public static void release(Path db) {
        OpenStores.close(db);
    }
}
