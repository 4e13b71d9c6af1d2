package org.mostra4j.adapters.persistence.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;
import org.mostra4j.adapters.persistence.importing.ImportFailure;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.Problem;

/** One store shared by the inputs of a fuzz test, emptied after every successful import. */
final class FuzzStore implements AutoCloseable {
    private static final String[] TABLES = {"artists", "tracks", "users", "history", "sessions", "candidates",
        "emerging_artists", "boosts", "truth", "dataset_columns", "imports"};
    final Path dir;
    final DuckDbStore store;

    FuzzStore() throws IOException {
        dir = Files.createTempDirectory("mostra4j-fuzz");
        store = DuckDbStore.open(StoreOptions.at(dir.resolve("fuzz.duckdb")));
    }

    long rows() throws SQLException {
        long n = 0;
        for (String t : TABLES) {
            try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
                r.next();
                n += r.getLong(1);
            }
        }
        return n;
    }

    void empty() throws SQLException {
        for (String t : TABLES) {
            try (Statement s = store.connection().createStatement()) {
                s.execute("DELETE FROM " + t);
            }
        }
    }

    /**
     * The law every importer keeps on any input: a failure leaves the store as it was and names lines that
     * exist in the file (0 for the file as a whole); a success adds rows. Then the store is emptied.
     */
    void check(io.vavr.control.Either<ImportFailure, ImportSummary> result, long lines) throws SQLException {
        if (result.isLeft()) {
            if (rows() != 0) {
                throw new AssertionError("a failed import left rows behind: " + result.getLeft().report());
            }
            if (result.getLeft().problems().isEmpty()) {
                throw new AssertionError("a failure without a problem");
            }
            for (Problem p : result.getLeft().problems()) {
                if (p.line() > Math.max(1, lines)) {
                    throw new AssertionError("problem beyond the last line " + lines + ": " + p);
                }
            }
        } else {
            empty();
        }
    }

    @Override
    public void close() {
        store.close();
    }

    static long lines(byte[] data) {
        long n = 0;
        for (byte b : data) {
            if (b == '\n') {
                n++;
            }
        }
        return data.length > 0 && data[data.length - 1] != '\n' ? n + 1 : n;
    }
}
