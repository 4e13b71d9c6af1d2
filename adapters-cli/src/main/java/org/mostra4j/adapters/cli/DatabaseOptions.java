package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import org.mostra4j.adapters.persistence.StoreOptions;
import picocli.CommandLine.Option;

/** The store options shared by every command that opens the database. */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default ./mostra4j.duckdb).")
    Path db = StoreOptions.DEFAULT_PATH;
    @Option(names = "--memory-limit", paramLabel = "SIZE", description = "DuckDB memory limit, e.g. 2GB (default 1GB).")
    String memoryLimit = "1GB";
    @Option(names = "--threads", paramLabel = "N", description = "DuckDB worker threads (default 2).")
    int threads = 2;

    StoreOptions toStoreOptions() {
        return new StoreOptions(db, memoryLimit, threads);
    }
}
