package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import picocli.CommandLine.Option;

/** --max-errors and --rejects, shared by the import commands. */
final class ImportLimits {
    @Option(names = "--max-errors", paramLabel = "N", converter = OptionValues.NotNegative.class, description = "Load the good rows and write up to N bad ones, "
            + "with their reasons, to the rejects file; more aborts (default 0: the first problem aborts).")
    long maxErrors;
    @Option(names = "--rejects", paramLabel = "FILE", description = "Where rejected rows go (default: beside the "
            + "database, <db name>.rejects.txt).")
    Path rejects;

    /** The rejects file when rejected rows may be written (--max-errors above 0), else null: nothing to check. */
    Path rejectsWhenUsed(Path db) {
        return maxErrors > 0 ? rejectsFile(db) : null;
    }

    ImportOptions toImportOptions(Path db, java.util.function.Consumer<String> progress) {
        return new ImportOptions(maxErrors, rejectsFile(db), progress);
    }

    private Path rejectsFile(Path db) {
        return rejects != null ? rejects : besideStore(db);
    }

    /** {@code data/mssd.duckdb} → {@code data/mssd.rejects.txt}: the rejects belong to that store, not to the working folder. */
    static Path besideStore(Path db) {
        String name = db.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return db.resolveSibling(base + ".rejects.txt");
    }
}
