package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import picocli.CommandLine.Option;

/** --max-errors and --rejects, shared by the import commands. */
final class ImportLimits {
    @Option(names = "--max-errors", paramLabel = "N", converter = OptionValues.NotNegative.class, description = "Load the good rows and write up to N bad ones, "
            + "with their reasons, to the rejects file; more aborts (default 0: the first problem aborts).")
    long maxErrors;
    @Option(names = "--rejects", paramLabel = "FILE", description = "Where rejected rows go (default ./rejects.txt).")
    Path rejects = Path.of("rejects.txt");

    /** The rejects file when rejected rows may be written (--max-errors above 0), else null: nothing to check. */
    Path rejectsWhenUsed() {
        return maxErrors > 0 ? rejects : null;
    }

    ImportOptions toImportOptions(java.util.function.Consumer<String> progress) {
        return new ImportOptions(maxErrors, rejects, progress);
    }
}
