package org.mostra4j.adapters.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives and how much of the machine it may use. DuckDB's defaults (80% of RAM, every
 * core) are wrong on a shared machine, so both limits are always set explicitly.
 *
 * @param path        the database file (default {@code ./mostra4j.duckdb})
 * @param memoryLimit a DuckDB size such as {@code 1GB}
 * @param threads     worker threads, at least 1
 */
public record StoreOptions(Path path, String memoryLimit, int threads) {
    public static final Path DEFAULT_PATH = Path.of("mostra4j.duckdb");

    public StoreOptions {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(memoryLimit, "memoryLimit");
        if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
            throw new IllegalArgumentException("memoryLimit must look like 512MB or 2GB, was '" + memoryLimit + "'");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    /** The given file with 1 GB of memory and 2 threads. */
    public static StoreOptions at(Path path) {
        return new StoreOptions(path, "1GB", 2);
    }

    public static StoreOptions defaults() {
        return at(DEFAULT_PATH);
    }
}
