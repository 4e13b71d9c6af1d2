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
import com.google.inject.ProvisionException;
import org.mostra4j.adapters.cli.UsageException;
import org.mostra4j.adapters.ml.MlModule;
import org.mostra4j.adapters.ml.encoder.infer.ModelRelevanceEncoder;
import org.mostra4j.adapters.persistence.StoreException;
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
     * For commands that only read: the store is opened read-only (nothing created or migrated, a read-only mount
     * works) and opened, like the model, before this returns, so a foreign, damaged or locked file is a
     * {@link UsageException} naming it before any work starts.
     */
    public static Injector openForReading(Optional<Path> db, Optional<Path> model) {
        return checked(CompositionRoot.injector(modules(db, model, false, false).toArray(Module[]::new)), db, model);
    }

    /**
     * Like {@link #open}, for batch commands that read the facts of many sessions (train, evaluate): the catalogue,
     * histories and lists are read once into memory ({@link SnapshotFactsModule#overStore}) instead of queried per
     * session.
     */
    public static Injector openWithFactsInMemory(Optional<Path> db, Optional<Path> model) {
        return checked(CompositionRoot.injector(modules(db, model, true, false).toArray(Module[]::new)), db, model);
    }

    /** Opens the store and loads the model now; what fails is a usage error naming the file. */
    private static Injector checked(Injector injector, Optional<Path> db, Optional<Path> model) {
        try {
            db.ifPresent(file -> injector.getInstance(DuckDbStore.class));
        } catch (ProvisionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UsageException(cause instanceof StoreException ? cause.getMessage() : db.get() + ": " + cause);
        }
        if (model.isPresent()) {
            injector.getInstance(ModelRelevanceEncoder.class).loadNow().ifPresent(reason -> {
                throw new UsageException(reason);
            });
        }
        return injector;
    }

    /** The overriding modules for a database file and a model file. */
    public static List<Module> modules(Optional<Path> db, Optional<Path> model) {
        return modules(db, model, false, true);
    }

    private static List<Module> modules(Optional<Path> db, Optional<Path> model, boolean factsInMemory,
            boolean writable) {
        List<Module> out = new ArrayList<>();
        db.ifPresent(file -> {
            StoreOptions options = StoreOptions.at(file);
            Module shared = new AbstractModule() {
                @Provides
                DuckDbStore sharedStore() {
                    return OpenStores.get(options, writable);
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
