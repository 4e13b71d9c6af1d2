package org.mostra4j.adapters.cli.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;

/**
 * One open store per database file and process. DuckDB lets one process hold a file read-write; several
 * commands run in one process (the demo, tests) therefore share the store instead of fighting over the
 * lock. Commands that only read ask for a read-only open (so a store on a read-only mount works, and
 * nothing is created or migrated); a later read-write request for the same file reopens it read-write,
 * which serves readers too. Every store is closed when the JVM exits.
 */
final class OpenStores {
    private static final Map<Path, DuckDbStore> OPEN = new HashMap<>();
    private static final Map<Path, Boolean> WRITABLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OpenStores::closeAll, "mostra4j-close-stores"));
    }

    private OpenStores() {
    }

    static synchronized DuckDbStore get(StoreOptions options) {
        return get(options, true);
    }

    /** The process's store of that file, opened read-only unless {@code writable} (or already open read-write). */
    static synchronized DuckDbStore get(StoreOptions options, boolean writable) {
        Path key = options.path().toAbsolutePath().normalize();
        DuckDbStore open = OPEN.get(key);
        if (open != null && (WRITABLE.get(key) || !writable)) {
            return open;
        }
        close(key);
        DuckDbStore store = writable ? DuckDbStore.open(options) : DuckDbStore.openReadOnly(options);
        OPEN.put(key, store);
        WRITABLE.put(key, writable);
        return store;
    }

    /** Closes the store of {@code file} if this process has it open (e.g. before a command replaces the file). */
    static synchronized void close(Path file) {
        Path key = file.toAbsolutePath().normalize();
        DuckDbStore store = OPEN.remove(key);
        WRITABLE.remove(key);
        if (store != null) {
            store.close();
        }
    }

    static synchronized void closeAll() {
        OPEN.values().forEach(DuckDbStore::close);
        OPEN.clear();
        WRITABLE.clear();
    }
}
