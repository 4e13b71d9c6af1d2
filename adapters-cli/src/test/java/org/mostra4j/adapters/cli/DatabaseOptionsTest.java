package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Law: an import opens the store with 640MB of DuckDB memory unless --memory-limit says otherwise (so that, with the
 * launcher's 256 MB heap for imports, it stays within 1 GB); every other command keeps 1GB; a given limit wins.
 */
class DatabaseOptionsTest {
    @Test
    void imports_default_to_640MB_and_a_given_limit_wins() {
        DatabaseOptions none = parse();
        assertEquals("640MB", none.forImport().memoryLimit());
        assertEquals("1GB", none.toStoreOptions().memoryLimit());
        DatabaseOptions given = parse("--memory-limit", "2GB");
        assertEquals("2GB", given.forImport().memoryLimit());
        assertEquals("2GB", given.toStoreOptions().memoryLimit());
    }

    private static DatabaseOptions parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.db;
    }

    @CommandLine.Command(name = "probe")
    static final class Holder {
        @CommandLine.Mixin
        DatabaseOptions db = new DatabaseOptions();
    }
}
