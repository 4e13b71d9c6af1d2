package org.mostra4j.adapters.persistence.importing;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreException;

/**
 * Imports a canonical-layout folder (one CSV or Parquet file per table, see dataset-format.md) in one
 * transaction: each file is bulk-staged, checked (types, keys, references to rows already in the store or
 * loaded just before) and inserted; the first problem, or more than {@code --max-errors}, rolls it all back.
 */
public final class CanonicalImporter {
    private final DuckDbStore store;

    public CanonicalImporter(DuckDbStore store) {
        this.store = store;
    }

    public Either<ImportFailure, ImportSummary> importFolder(Path dir, ImportOptions options) {
        if (!Files.isDirectory(dir)) {
            return Either.left(new ImportFailure(List.of(new Problem(dir.toString(), 0, "-", "not a folder")),
                    "nothing was written"));
        }
        Connection c = store.connection();
        ImportRun run = ImportRun.prepare(c, options);
        try {
            List<CanonicalTableLoad> loads = new ArrayList<>();
            for (CanonicalTable t : CanonicalTable.values()) {
                Optional<Path> file = CanonicalFiles.find(dir, t, run);
                if (file.isPresent()) {
                    CanonicalTableLoad load = new CanonicalTableLoad(run, t, file.get());
                    load.stage();
                    loads.add(load);
                }
                if (run.overBudget()) {
                    return run.finish();
                }
            }
            if (loads.isEmpty()) {
                run.fatal(new Problem(dir.toString(), 0, "-", "no canonical files (artists.csv, tracks.csv, … or .parquet)"));
                return run.finish();
            }
            missingReferencedTables(dir, loads, run);
            if (run.overBudget()) {
                return run.finish();
            }
            run.beginTransaction();
            for (CanonicalTableLoad load : loads) {
                load.checkAndInsert();
                if (run.overBudget()) {
                    break;
                }
            }
            if (!run.overBudget()) {
                run.execute("INSERT INTO imports SELECT coalesce(max(import_id), 0) + 1, 'canonical', "
                        + Sql.literal(dir.toAbsolutePath().toString()) + ", " + run.addedTotal() + ", " + run.problemCount() + ", now()::TIMESTAMP FROM imports");
            }
            return run.finish();
        } catch (SQLException | IOException | RuntimeException e) {
            run.rollback();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(dir + ": import failed, nothing was written: " + DuckDbStoreMessages.firstLine(e), e);
        }
    }

    /**
     * A file whose rows refer to a table that neither this folder nor the store holds (history.csv without
     * tracks.csv, into an empty store) would blame its first row for an unknown key: name the missing file instead.
     */
    private static void missingReferencedTables(Path dir, List<CanonicalTableLoad> loads, ImportRun run)
            throws SQLException {
        List<String> loaded = loads.stream().map(l -> l.table().tableName()).toList();
        Set<String> reported = new HashSet<>();
        for (CanonicalTableLoad load : loads) {
            for (CanonicalTable.Reference ref : load.table().references()) {
                if (!loaded.contains(ref.table()) && reported.add(ref.table())
                        && run.count("SELECT count(*) FROM (SELECT 1 FROM " + ref.table() + " LIMIT 1)") == 0) {
                    run.fatal(new Problem(dir.resolve(ref.table() + ".csv").toString(), 0, "-", "no such file (nor "
                            + ref.table() + ".parquet), and the store holds no " + ref.table() + "; "
                            + load.file().getFileName() + " refers to them"));
                }
            }
        }
    }

    /** Finds {@code <table>.csv} or {@code <table>.parquet}; both present is a problem, and so is a folder. */
    static final class CanonicalFiles {
        private CanonicalFiles() {
        }

        static Optional<Path> find(Path dir, CanonicalTable t, ImportRun run) {
            Path csv = dir.resolve(t.tableName() + ".csv");
            Path parquet = dir.resolve(t.tableName() + ".parquet");
            if (Files.exists(csv) && Files.exists(parquet)) {
                run.fatal(new Problem(parquet.toString(), 0, "-", "both " + csv.getFileName() + " and "
                        + parquet.getFileName() + " are present; keep one"));
                return Optional.empty();
            }
            Optional<Path> found = Files.exists(csv) ? Optional.of(csv) : Files.exists(parquet) ? Optional.of(parquet)
                    : Optional.empty();
            if (found.isPresent() && !Files.isRegularFile(found.get())) {
                run.fatal(new Problem(found.get().toString(), 0, "-", Files.isDirectory(found.get())
                        ? "is a directory, not a table file" : "not a regular file"));
                return Optional.empty();
            }
            if (found.isPresent() && !Files.isReadable(found.get())) {
                run.fatal(new Problem(found.get().toString(), 0, "-", "cannot be read (permission denied)"));
                return Optional.empty();
            }
            return found;
        }
    }

    /** Column names of a Parquet file, in file order. */
    static List<String> parquetColumns(Connection c, Path file) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                        + Sql.literal(file.toAbsolutePath().toString()) + ")")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
