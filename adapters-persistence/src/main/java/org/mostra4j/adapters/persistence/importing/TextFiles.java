package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Scans and stages a delimited text file of a fixed public format; header or layout problems are fatal. */
final class TextFiles {
    private TextFiles() {
    }

    /**
     * Stages {@code file}. With a header, its names must be exactly {@code columns} (in that order); without
     * one, {@code columns} names the fields. Returns empty when a fatal problem was recorded.
     */
    static Optional<StagedFile> stage(ImportRun run, Path file, TextDialect dialect, List<String> columns,
            List<String> kept) throws IOException, SQLException {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            run.fatal(new Problem(display, 0, "-", "no such file"));
            return Optional.empty();
        }
        run.progress("reading " + file.getFileName());
        LineLayout layout = LineLayout.scan(file, dialect.quoteByte());
        if (layout.lines() == 0) {
            run.fatal(new Problem(display, 1, "-", "empty file"));
            return Optional.empty();
        }
        if (dialect.header()) {
            List<String> names = HeaderLine.split(layout.header(), dialect);
            if (!names.equals(columns)) {
                List<Problem> problems = HeaderLine.check(display, names, columns, Optional.empty());
                if (problems.isEmpty()) {
                    problems = List.of(new Problem(display, 1, "-", "columns must come in the order " + String.join(", ", columns)));
                }
                problems.forEach(run::fatal);
                return Optional.empty();
            }
        }
        if (layout.quotedLineBreak().isPresent()) {
            run.fatal(new Problem(display, layout.quotedLineBreak().get(), "-",
                    "a quoted field runs over a line end; fields must not contain line breaks"));
            return Optional.empty();
        }
        String table = run.newTableName(file.getFileName().toString());
        try {
            return Optional.of(run.register(StagedFile.text(run.connection(), file, display, table, dialect, layout, columns,
                    kept)));
        } catch (StagedFile.Unreadable e) {
            run.fatal(e.problem());
            return Optional.empty();
        }
    }

    /** A file staged by its header names, and the header names it carried that the format does not know. */
    record Named(StagedFile file, List<String> ignored) {
    }

    /**
     * Stages a CSV (optionally gzip'd) or Parquet file whose header names its columns in any order: every
     * {@code required} name must be there (each missing one is a fatal problem naming it), the {@code known}
     * ones are kept when present, and any other column is ignored and returned for one warning.
     */
    static Optional<Named> stageNamed(ImportRun run, Path file, List<String> required, List<String> known)
            throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            run.fatal(new Problem(file.toString(), 0, "-", "no such file"));
            return Optional.empty();
        }
        try (PartScan scan = PartScan.of(file, TextDialect.CSV.quoteByte(), tempDir())) {
            return stageNamed(run, scan, required, known);
        }
    }

    /** As {@link #stageNamed(ImportRun, Path, List, List)}, for a file already scanned (by {@link PartScans}). */
    static Optional<Named> stageNamed(ImportRun run, PartScan scan, List<String> required, List<String> known)
            throws IOException, SQLException {
        return stageNamed(run, scan, required, known, known);
    }

    /**
     * As above, staging only the {@code used} columns (those present) of the {@code known} ones: a known column the
     * importer never reads is neither warned about nor materialized by the reader.
     */
    static Optional<Named> stageNamed(ImportRun run, PartScan scan, List<String> required, List<String> known,
            List<String> used) throws IOException, SQLException {
        Path file = scan.file();
        String display = file.toString();
        run.progress("reading " + file.getFileName());
        LineLayout layout = scan.layout().orElse(null);
        if (layout != null && layout.lines() == 0) {
            run.fatal(new Problem(display, 1, "-", "empty file"));
            return Optional.empty();
        }
        List<String> names = layout == null ? parquetColumns(run, file) : HeaderLine.split(layout.header(), TextDialect.CSV);
        boolean bad = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (!n.isEmpty() && !seen.add(n) && known.contains(n)) {
                run.fatal(new Problem(display, 1, n, "column named twice in the header"));
                bad = true;
            }
        }
        for (String r : required) {
            if (!names.contains(r)) {
                run.fatal(new Problem(display, 1, r, "missing column in the header"));
                bad = true;
            }
        }
        if (bad) {
            return Optional.empty();
        }
        if (layout != null && layout.quotedLineBreak().isPresent()) {
            run.fatal(new Problem(display, layout.quotedLineBreak().get(), "-",
                    "a quoted field runs over a line end; fields must not contain line breaks"));
            return Optional.empty();
        }
        List<String> kept = used.stream().filter(names::contains).toList();
        List<String> ignored = names.stream().filter(n -> !known.contains(n)).map(n -> n.isEmpty() ? "(unnamed)" : n).toList();
        String table = run.newTableName(file.getFileName().toString());
        StagedFile staged;
        try {
            staged = layout == null ? StagedFile.parquet(run.connection(), file, display, table, kept)
                    : StagedFile.text(run.connection(), file, scan.readable(), display, table, TextDialect.CSV, layout,
                            readColumns(scan, names, kept), kept);
        } catch (StagedFile.Unreadable e) {
            run.fatal(e.problem()); // as for a single file: a problem with its line, not a failed import
            return Optional.empty();
        }
        return Optional.of(new Named(run.register(staged), ignored));
    }

    /** The columns of what DuckDB reads: the file's, or those of its projection (which must hold the kept ones). */
    private static List<String> readColumns(PartScan scan, List<String> names, List<String> kept) {
        List<String> read = scan.columns().orElse(names);
        if (!read.containsAll(kept)) {
            throw new IllegalStateException("the projection of " + scan.file() + " lacks some of " + kept);
        }
        return read;
    }

    /** Where inflated copies of gzip'd parts go while DuckDB reads them: the JVM's temporary folder. */
    static Path tempDir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static List<String> parquetColumns(ImportRun run, Path file) throws SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (var s = run.connection().createStatement();
                var r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + Sql.literal(file.toAbsolutePath().toString()) + ")")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }
}
