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

    /** The overriding modules for a database file and a model file. */
    public static List<Module> modules(Optional<Path> db, Optional<Path> model) {
        List<Module> out = new ArrayList<>();
        db.ifPresent(file -> {
            StoreOptions options = StoreOptions.at(file);
            out.add(Modules.override(new PersistenceModule(options)).with(new AbstractModule() {
                @Provides
                DuckDbStore sharedStore() {
                    return OpenStores.get(options);
                }
            }));
        });
        model.ifPresent(file -> out.add(new MlModule(file)));
        return out;
    }

    /** Closes this process's handle on {@code db}, if any. */
    public static void release(Path db) {
        OpenStores.close(db);
    }
}
