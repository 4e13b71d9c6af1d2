package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One input file loaded by DuckDB's bulk reader into a temporary all-text table, in file order, so that
 * rows can be checked with set-based SQL and every problem still points at its physical line. Malformed
 * records (wrong column count, bad quoting, bad UTF-8) are captured by {@code store_rejects}; everything
 * else is checked by the importer over {@link #table()}.
 */
final class StagedFile {
    private final Connection connection;
    private final String table;
    private final String displayName;
    private final Path path;
    private final LineMap lines;
    private final List<Problem> malformed;
    private final List<String> columns;

    /** Whether values may hold control characters: the byte scan found one, or the file was not scanned (Parquet). */
    private final boolean mayHoldControls;

    private StagedFile(Connection connection, String table, String displayName, Path path, LineMap lines,
            List<Problem> malformed, List<String> columns, boolean mayHoldControls) {
        this.mayHoldControls = mayHoldControls;
        this.connection = connection;
        this.table = table;
        this.displayName = displayName;
        this.path = path;
        this.lines = lines;
        this.malformed = List.copyOf(malformed);
        this.columns = List.copyOf(columns);
    }

    /**
     * Stages a delimited text file whose columns are {@code fileColumns} (in file order), keeping only
     * {@code kept}. The caller has checked the header and the layout.
     */
    static StagedFile text(Connection c, Path file, String displayName, String table, TextDialect dialect,
            LineLayout layout, List<String> fileColumns, List<String> kept) throws SQLException {
        return text(c, file, file, displayName, table, dialect, layout, fileColumns, kept);
    }

    /**
     * As above, with DuckDB reading {@code source}: the same text as {@code file} (its inflated copy when
     * {@code file} is gzip'd). Messages and the rejects file's original lines keep naming {@code file}.
     */
    static StagedFile text(Connection c, Path file, Path source, String displayName, String table, TextDialect dialect,
            LineLayout layout, List<String> fileColumns, List<String> kept) throws SQLException {
        // positional names in the reader: header names may be empty or odd (a pandas index column), and only
        // the kept ones matter, renamed on the way in
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < fileColumns.size(); i++) {
            positional.add("c" + i);
        }
        String columns = positional.stream().map(n -> Sql.literal(n) + ": 'VARCHAR'")
                .collect(Collectors.joining(", ", "{", "}"));
        String select = kept.stream().map(n -> Sql.identifier("c" + fileColumns.indexOf(n)) + " AS " + Sql.identifier(n))
                .collect(Collectors.joining(", "));
        String rejects = table + "_rejects";
        String scans = table + "_reject_scans";
        long t = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE " + table + " AS SELECT " + select + " FROM read_csv("
                    + Sql.literal(source.toAbsolutePath().toString()) + ", " + dialect.readCsvOptions()
                    + ", columns = " + columns + ", auto_detect = false, strict_mode = true, null_padding = false"
                    + ", parallel = true, store_rejects = true, rejects_table = " + Sql.literal(rejects)
                    + ", rejects_scan = " + Sql.literal(scans) + ")");
        } catch (SQLException e) {
            throw new Unreadable(unreadable(source, displayName, e));
        }
        Trace.sql("stage " + file, t);
        List<Problem> malformed = new ArrayList<>();
        List<Long> skipped = new ArrayList<>(layout.blankLines());
        if (!dialect.header() && layout.header().isEmpty()) {
            skipped.add(1L);
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT line, coalesce(column_name, '-'), error_type, error_message FROM "
                        + rejects + " ORDER BY line")) {
            while (r.next()) {
                long line = r.getLong(1);
                skipped.add(line);
                malformed.add(new Problem(displayName, line, columnName(r.getString(2), fileColumns),
                        malformedMessage(r.getString(3), r.getString(4))));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + rejects);
            s.execute("DROP TABLE IF EXISTS " + scans);
        }
        long first = dialect.header() ? 2 : 1;
        return new StagedFile(c, table, displayName, file, new LineMap(first, skipped), malformed, kept, layout.controls());
    }

    boolean mayHoldControls() {
        return mayHoldControls;
    }

    /**
     * DuckDB refused the whole file (its CSV reader stops on binary data without a line number): the problem is
     * where the file stops being text, or the reader's own reason for the file as a whole.
     */
    private static Problem unreadable(Path file, String display, SQLException e) {
        try {
            return TextProbe.firstNonText(file, display).orElseGet(() -> new Problem(display, 0, "-",
                    "cannot be read as delimited text: " + DuckDbStoreMessages.firstLine(e)));
        } catch (java.io.IOException io) {
            return new Problem(display, 0, "-", "cannot be read: " + io.getMessage());
        }
    }

    /** A file that cannot be staged at all; the importer records its problem as fatal. */
    static final class Unreadable extends RuntimeException {
        private final transient Problem problem;

        Unreadable(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    /** Stages a Parquet file; its "lines" are 1-based row numbers. */
    static StagedFile parquet(Connection c, Path file, String displayName, String table, List<String> kept)
            throws SQLException {
        String select = kept.stream().map(n -> "CAST(" + Sql.identifier(n) + " AS VARCHAR) AS " + Sql.identifier(n))
                .collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE " + table + " AS SELECT " + select + " FROM read_parquet("
                    + Sql.literal(file.toAbsolutePath().toString()) + ")");
        }
        return new StagedFile(c, table, displayName, file, new LineMap(1, List.of()), List.of(), kept, true);
    }

    private static String columnName(String positional, List<String> fileColumns) {
        if (positional.matches("c\\d+")) {
            int i = Integer.parseInt(positional.substring(1));
            if (i < fileColumns.size() && !fileColumns.get(i).isEmpty()) {
                return fileColumns.get(i);
            }
        }
        return positional;
    }

    private static String malformedMessage(String type, String duckMessage) {
        return switch (type) {
            case "MISSING COLUMNS", "TOO MANY COLUMNS" -> duckMessage.replace("Expected Number of Columns:", "expected")
                    .replace(" Found:", " columns, found") + "";
            case "UNQUOTED VALUE" -> "a quote inside an unquoted field";
            case "INVALID ENCODING", "INVALID UNICODE" -> "not valid UTF-8";
            default -> type.toLowerCase() + ": " + duckMessage;
        };
    }

    String table() {
        return table;
    }

    /** The columns of the staged table (all text). */
    List<String> columns() {
        return columns;
    }

    String displayName() {
        return displayName;
    }

    Path path() {
        return path;
    }

    List<Problem> malformed() {
        return malformed;
    }

    long line(long rowid) {
        return lines.line(rowid);
    }

    long rows() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A problem found on a staged row. */
    record RowProblem(long rowid, Problem problem) {
    }

    /**
     * Runs a query returning {@code rowid, column, message[, other_rowid]} and turns each row into a problem;
     * a fourth column, when not null, is the row the problem conflicts with ("first at line n").
     */
    List<RowProblem> problems(String sql) throws SQLException {
        List<RowProblem> found = new ArrayList<>();
        long t = System.nanoTime();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            boolean hasOther = r.getMetaData().getColumnCount() > 3;
            while (r.next()) {
                long rowid = r.getLong(1);
                String message = r.getString(3);
                if (hasOther) {
                    long other = r.getLong(4);
                    if (!r.wasNull()) {
                        message = message + " (first at line " + line(other) + ")";
                    }
                }
                found.add(new RowProblem(rowid, new Problem(displayName, line(rowid), r.getString(2), message)));
            }
        } finally {
            Trace.sql(sql, t);
        }
        return found;
    }

    void drop() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /** Reads the original text of the given lines (for the rejects file); Parquet rows have none. */
    java.util.Map<Long, String> originalLines(java.util.Set<Long> wanted) throws IOException {
        return OriginalLines.read(path, wanted);
    }
}
