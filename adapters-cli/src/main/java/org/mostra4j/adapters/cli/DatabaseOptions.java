package org.mostra4j.adapters.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreException;
import org.mostra4j.adapters.persistence.StoreOptions;
import picocli.CommandLine.Option;

/** The store options shared by every command that opens the database. */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default ./mostra4j.duckdb).")
    Path db = StoreOptions.DEFAULT_PATH;
    /** DuckDB's memory limit unless --memory-limit is given. */
    static final String DEFAULT_MEMORY = "1GB";
    /**
     * An import's: its rows are staged, sorted and aggregated inside DuckDB (spilling to {@code <db>.tmp/}), so with
     * the launcher's 256 MB heap for imports the whole process stays within 1 GB (10 M MSSD rows: docs/benchmarks.md).
     */
    static final String IMPORT_MEMORY = "640MB";
    @Option(names = "--memory-limit", paramLabel = "SIZE", converter = OptionValues.MemorySize.class,
            description = "DuckDB memory limit, e.g. 2GB (default 1GB; imports 640MB, so that an import stays within 1 GB"
                    + " of memory; DuckDB spills to <db>.tmp/ beside the store).")
    String memoryLimit;
    @Option(names = "--threads", paramLabel = "N", converter = OptionValues.AtLeastOne.class, description = "DuckDB worker threads (default 2).")
    int threads = 2;

    StoreOptions toStoreOptions() {
        return new StoreOptions(db, memoryLimit == null ? DEFAULT_MEMORY : memoryLimit, threads);
    }

    /** The options an import opens the store with: its own default memory limit unless one was given. */
    StoreOptions forImport() {
        return new StoreOptions(db, memoryLimit == null ? IMPORT_MEMORY : memoryLimit, threads);
    }

    /**
     * Opens the existing store read-only (for commands that only read: nothing is created, migrated or locked against
     * other readers, and a read-only mount works). A missing, foreign or locked file is a usage error naming it.
     */
    /** An import's work on the open store; returns the exit code. */
    @FunctionalInterface
    interface Import {
        int into(DuckDbStore store);
    }

    /**
     * Runs an import into the store, created when absent: a folder, a foreign or a locked file is a usage error
     * naming it. Call it after the inputs were checked, so that bad input creates no store; a store this call
     * created is deleted again when the import fails, so a failed import into a new file leaves nothing behind.
     */
    int importInto(Import work) {
        Preflight.of().outputFile("--db", db).orFail();
        boolean created = !Files.exists(db);
        int code = 1;
        try {
            DuckDbStore opened;
            try {
                opened = DuckDbStore.open(forImport());
            } catch (StoreException e) {
                throw new UsageException(e.getMessage());
            }
            try (DuckDbStore store = opened) {
                code = work.into(store);
            }
            return code;
        } finally {
            if (created && code != 0) {
                discard();
            }
        }
    }

    private void discard() {
        try {
            Files.deleteIfExists(db);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        } catch (IOException e) {
            // the import's own failure is what the user needs; the leftover file is named by the next run
        }
    }

    /** Opens the store read-write, which moves an older schema to this build's (the only change made). */
    DuckDbStore openForMigration() {
        Preflight.of().store("--db", db).orFail();
        try {
            return DuckDbStore.open(toStoreOptions());
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
    }

    DuckDbStore openForReading() {
        Preflight.of().store("--db", db).orFail();
        try {
            return DuckDbStore.openReadOnly(toStoreOptions());
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
