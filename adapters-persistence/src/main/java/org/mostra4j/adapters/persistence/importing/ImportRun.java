package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One import: a single explicit transaction, the problems found so far against the error budget, and
 * the rows set aside per staged file. Problems are kept in file/line order; the run is over budget as
 * soon as more than {@code maxErrors} are known.
 */
final class ImportRun {
    private final Connection connection;
    private final ImportOptions options;
    private final TreeSet<Problem> problems = new TreeSet<>();
    private final Map<StagedFile, Set<Long>> rejectedLines = new LinkedHashMap<>();
    private final Map<String, Long> added = new LinkedHashMap<>();
    private final List<StagedFile> staged = new ArrayList<>();
    private long inputRows;
    private ImportSummary.Replays replays = ImportSummary.Replays.NONE;
    private final java.util.LinkedHashSet<String> warnings = new java.util.LinkedHashSet<>();
    private boolean fatal;
    private boolean inTransaction;
    private boolean unordered;
    private int tables;

    private ImportRun(Connection connection, ImportOptions options) {
        this.connection = connection;
        this.options = options;
    }

    /**
     * A new run. Files are staged first, outside the transaction: staged rows then keep row ids 0..n-1 in
     * file order (rows written inside an open transaction get provisional ids), and staging touches only
     * temporary tables, never the database file.
     */
    static ImportRun prepare(Connection c, ImportOptions options) {
        return new ImportRun(c, options);
    }

    /** Opens the one transaction every store write of this import happens in. */
    void beginTransaction() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN TRANSACTION");
        }
        inTransaction = true;
    }

    Connection connection() {
        return connection;
    }

    void progress(String line) {
        options.progress().accept(line);
    }

    /** Records replays folded into candidates, for the summary. */
    void replays(ImportSummary.Replays folded) {
        replays = replays.plus(folded);
    }

    /** A note for the summary that does not stop the import (each distinct text once). */
    void warn(String warning) {
        warnings.add(warning);
    }

    String newTableName(String base) {
        return "stage_" + base.replaceAll("[^A-Za-z0-9_]", "_") + "_" + (tables++);
    }

    StagedFile register(StagedFile file) throws SQLException {
        staged.add(file);
        inputRows += file.rows() + file.malformed().size();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE " + badTable(file) + " (r BIGINT)");
        }
        report(file, file.malformed());
        return file;
    }

    String badTable(StagedFile file) {
        return file.table() + "_bad";
    }

    /** {@code rowid NOT IN bad rows} for the staged file, for use in WHERE clauses. */
    String good(StagedFile file, String alias) {
        if (options.maxErrors() == 0) {
            return "true"; // strict runs stop at the first problem, so no row is ever set aside
        }
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return prefix + "rowid NOT IN (SELECT r FROM " + badTable(file) + ")";
    }

    long remaining() {
        return Math.max(0, options.maxErrors() + 1 - problems.size());
    }

    boolean overBudget() {
        return fatal || problems.size() > options.maxErrors();
    }

    /** Adds a problem that is not tied to a staged row (a header, a missing file): it always aborts. */
    void fatal(Problem p) {
        problems.add(p);
        fatal = true;
    }

    /**
     * Runs a problem query ({@code rowid, column, message[, other]}) limited to what the budget still
     * needs, records the problems and sets their rows aside.
     */
    void check(StagedFile file, String sql) throws SQLException {
        if (overBudget()) {
            return;
        }
        reject(file, file.problems(sql + " LIMIT " + remaining()));
    }

    /** Records problems found on rows of {@code file} by the caller and sets those rows aside. */
    void reject(StagedFile file, List<StagedFile.RowProblem> found) throws SQLException {
        report(file, found.stream().map(StagedFile.RowProblem::problem).toList());
        if (!overBudget() && !found.isEmpty()) {
            markBad(file, found);
        }
    }

    private void report(StagedFile file, List<Problem> found) {
        problems.addAll(found);
        Set<Long> lines = rejectedLines.computeIfAbsent(file, f -> new HashSet<>());
        found.forEach(p -> lines.add(p.line()));
    }

    private void markBad(StagedFile file, List<StagedFile.RowProblem> found) throws SQLException {
        StringBuilder values = new StringBuilder();
        for (StagedFile.RowProblem p : found) {
            values.append(values.length() == 0 ? "" : ", ").append('(').append(p.rowid()).append(')');
        }
        execute("INSERT INTO " + badTable(file) + " VALUES " + values);
    }

    long addedTotal() {
        return added.values().stream().mapToLong(Long::longValue).sum();
    }

    long problemCount() {
        return problems.size();
    }

    void added(String table, long rows) {
        added.merge(table, rows, Long::sum);
    }

    long execute(String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            return s.executeLargeUpdate(sql);
        } finally {
            Trace.sql(sql, t);
        }
    }

    /**
     * Lets DuckDB write without keeping insertion order until the run ends (commit or rollback), which lets
     * a large insert stream to disk within the memory limit. Only once every file is staged: staged row ids
     * must be file order.
     */
    void unorderedWrites() throws SQLException {
        execute("SET preserve_insertion_order = false");
        unordered = true;
    }

    private void restoreOrder() {
        if (unordered) {
            try (Statement s = connection.createStatement()) {
                s.execute("RESET preserve_insertion_order");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot restore preserve_insertion_order", e);
            }
            unordered = false;
        }
    }

    /**
     * Drops a temporary object in a {@code finally}: when the statement before it failed, the transaction is
     * aborted and the drop fails too, which must not hide the first error (the rollback removes the object).
     */
    void dropQuietly(String kind, String name) {
        try {
            execute("DROP " + kind + " IF EXISTS " + name);
        } catch (SQLException e) {
            // the transaction is aborted; the rollback that follows discards the object
        }
    }

    /** The first {@code n} columns of a one-row query, as longs. */
    long[] longs(String sql, int n) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = r.getLong(i + 1);
            }
            return values;
        } finally {
            Trace.sql(sql, t);
        }
    }

    /** The first column of a one-row query, as a double. */
    double real(String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getDouble(1);
        } finally {
            Trace.sql(sql, t);
        }
    }

    long count(String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } finally {
            Trace.sql(sql, t);
        }
    }

    /** Commits when within budget (writing the rejects file first), else rolls back. */
    io.vavr.control.Either<ImportFailure, ImportSummary> finish() throws SQLException, IOException {
        if (overBudget() || !inTransaction) {
            rollback();
            return io.vavr.control.Either.left(ImportFailure.of(firstProblems(), options.maxErrors()));
        }
        Optional<java.nio.file.Path> rejects = problems.isEmpty() ? Optional.empty() : Optional.of(RejectsFile.write(options.rejectsFile(), problems, rejectedLines));
        long t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        }
        Trace.sql("COMMIT", t);
        inTransaction = false;
        restoreOrder();
        dropStaging();
        return io.vavr.control.Either.right(new ImportSummary(added, problems.size(), rejects, inputRows,
                replays, List.copyOf(warnings)));
    }

    private List<Problem> firstProblems() {
        return problems.stream().limit(options.maxErrors() + 1).toList();
    }

    void rollback() {
        if (inTransaction) {
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException e) {
                // already rolled back by a failed statement: nothing more to undo
            }
            inTransaction = false;
        }
        restoreOrder();
        dropStaging();
    }

    private void dropStaging() {
        for (StagedFile f : staged) {
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + f.table());
                s.execute("DROP TABLE IF EXISTS " + badTable(f));
            } catch (SQLException e) {
                // temporary tables vanish with the connection anyway
            }
        }
    }
}
