package org.mostra4j.adapters.cli.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;

/**
 * One open store per database file and process. DuckDB lets one process hold a file read-write; several
 * commands run in one process (the demo, tests) therefore share the store instead of fighting over the
 * lock. Every store is closed when the JVM exits.
 */
final class OpenStores {
    private static final Map<Path, DuckDbStore> OPEN = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OpenStores::closeAll, "mostra4j-close-stores"));
    }

    private OpenStores() {
    }

    static synchronized DuckDbStore get(StoreOptions options) {
        return OPEN.computeIfAbsent(options.path().toAbsolutePath().normalize(), p -> DuckDbStore.open(options));
    }

    /** Closes the store of {@code file} if this process has it open (e.g. before a command replaces the file). */
    static synchronized void close(Path file) {
        DuckDbStore store = OPEN.remove(file.toAbsolutePath().normalize());
        if (store != null) {
            store.close();
        }
    }

    static synchronized void closeAll() {
        OPEN.values().forEach(DuckDbStore::close);
        OPEN.clear();
    }
}
