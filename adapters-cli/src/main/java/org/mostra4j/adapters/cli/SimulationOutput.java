package org.mostra4j.adapters.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.exporting.CanonicalExporter;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportFailure;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import io.vavr.control.Either;

/**
 * Where a simulated world goes besides CSV: Parquet (the CSV world is loaded into a scratch store and
 * exported by the store's own writer, so both formats hold the same rows) and straight into a store.
 * Composed here, in the composition root, because the simulator and the store are separate adapters.
 */
final class SimulationOutput {
    private SimulationOutput() {
    }

    static Path scratchBeside(Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, ".simulate-csv-");
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot create a scratch folder beside it: " + e.getMessage(), e);
        }
    }

    /** Writes every canonical table of {@code csvDir} as Parquet into {@code out}, with the non-table files. */
    static void toParquet(Path csvDir, Path out) {
        Path scratchDb = csvDir.resolve("scratch.duckdb");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(scratchDb))) {
            failOnProblems(new CanonicalImporter(store).importFolder(csvDir, ImportOptions.strict()), csvDir);
            new CanonicalExporter(store).export(out, CanonicalExporter.Format.PARQUET);
        }
        for (String extra : new String[] {"simulation.yaml", "truth_users.csv"}) {
            try {
                if (Files.exists(csvDir.resolve(extra))) {
                    Files.copy(csvDir.resolve(extra), out.resolve(extra), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(out + ": cannot write " + extra + ": " + e.getMessage(), e);
            }
        }
    }

    static void importInto(Path db, Path csvDir) {
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(db))) {
            failOnProblems(new CanonicalImporter(store).importFolder(csvDir, ImportOptions.strict()), csvDir);
        }
    }

    private static void failOnProblems(Either<ImportFailure, ImportSummary> result, Path dir) {
        if (result.isLeft()) {
            throw new IllegalStateException(dir + ": the simulated world did not import: " + result.getLeft());
        }
    }

    static void delete(Path dir) {
        try {
            FolderTree.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot remove scratch files: " + e.getMessage(), e);
        }
    }
}
