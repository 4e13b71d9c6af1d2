package org.mostra4j.adapters.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One open DuckDB database file: the single read-write connection of this process, with memory and
 * threads limited and the schema migrated to {@link SchemaMigrations#CURRENT}. Opening a file another
 * process holds, or a file written by a newer mostra4j, fails with a {@link StoreException} that says so.
 */
public final class DuckDbStore implements AutoCloseable {
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");
    private final Connection connection;
    private final StoreOptions options;
    /** Per-thread read connections: DuckDB connections must not be shared by threads with open results. */
    private final ThreadLocal<Connection> readers = new ThreadLocal<>();
    private final java.util.List<Connection> readerPool = new java.util.concurrent.CopyOnWriteArrayList<>();

    private DuckDbStore(Connection connection, StoreOptions options) {
        this.connection = connection;
        this.options = options;
    }

    /** Opens (creating when absent) and migrates the database. */
    public static DuckDbStore open(StoreOptions options) {
        return prepared(connect(options, false), options, true);
    }

    /**
     * Opens an existing database for reading only: no migration, no lock against other readers (any number of
     * processes may read one file at once), but refused while a writer holds it. The schema must be the one
     * this build writes. Writing through a read-only store fails.
     */
    public static DuckDbStore openReadOnly(StoreOptions options) {
        if (!java.nio.file.Files.isRegularFile(options.path())) {
            throw new StoreException(options.path() + ": no such database file");
        }
        return prepared(connect(options, true), options, false);
    }

    private static DuckDbStore prepared(Connection c, StoreOptions options, boolean writable) {
        try {
            try (Statement s = c.createStatement()) {
                s.execute("SET memory_limit = '" + options.memoryLimit() + "'");
                s.execute("SET threads = " + options.threads());
                s.execute("SET preserve_insertion_order = true");
                s.execute("SET TimeZone = 'UTC'");
            }
            if (writable) {
                SchemaMigrations.migrate(c, options.path());
            } else {
                requireCurrentSchema(c, options.path());
            }
            return new DuckDbStore(c, options);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(options.path() + ": cannot prepare the database: " + firstLine(e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void requireCurrentSchema(Connection c, Path file) {
        int version;
        try {
            version = SchemaMigrations.version(c);
        } catch (SQLException e) {
            throw new StoreException(file + ": not a mostra4j database (no schema version)", e);
        }
        if (version != SchemaMigrations.CURRENT) {
            throw new StoreException(file + ": the database has schema version " + version + ", this mostra4j reads version "
                    + SchemaMigrations.CURRENT + (version < SchemaMigrations.CURRENT
                    ? "; migrate it once with `mostra4j db migrate --db " + file + "` (importing into it migrates it too)" : "; use a newer mostra4j"));
        }
    }

    private static Connection connect(StoreOptions options, boolean readOnly) {
        Path file = options.path().toAbsolutePath();
        try {
            java.util.Properties props = new java.util.Properties();
            // stream large results (sessions, exports) instead of materialising them in the JVM
            props.setProperty("jdbc_stream_results", "true");
            if (readOnly) {
                props.setProperty("duckdb.read_only", "true");
            }
            return DriverManager.getConnection("jdbc:duckdb:" + file, props);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Conflicting lock") || msg.contains("Could not set lock")) {
                Matcher m = LOCK_HOLDER.matcher(msg);
                String holder = m.find() ? "process " + m.group(1) : "another process";
                throw new StoreException(options.path() + ": the database is in use by " + holder
                        + "; close it (or wait for it to finish) and try again", e);
            }
            throw new StoreException(options.path() + ": cannot open the database: " + firstLine(e), e);
        }
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    /** The shared connection; callers never close it. */
    public Connection connection() {
        return connection;
    }

    public Path path() {
        return options.path();
    }

    public StoreOptions options() {
        return options;
    }

    /** A new connection to the same database (DuckDB allows several within one process). */
    public Connection duplicate() {
        try {
            return ((org.duckdb.DuckDBConnection) connection).duplicate();
        } catch (SQLException e) {
            throw new StoreException(path() + ": " + firstLine(e), e);
        }
    }

    /**
     * A connection of the calling thread's own, on the same database, for reads that may run concurrently
     * (the HTTP service's workers); it sees what was committed. Closed with the store.
     */
    public Connection readConnection() {
        Connection c = readers.get();
        if (c == null) {
            c = duplicate();
            readers.set(c);
            readerPool.add(c);
        }
        return c;
    }

    /** Work run on the store's connection inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one explicit transaction (the Appender ignores auto-commit, see stack.md): committed
     * when it returns, rolled back when it throws. A failure becomes a {@link StoreException} saying
     * "FILE: cannot {@code what}: reason".
     */
    public void inTransaction(String what, TransactionWork work) {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN TRANSACTION");
            try {
                work.run(connection);
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(path() + ": cannot " + what + ": " + firstLine(e), e);
        }
    }

    @Override
    public void close() {
        readerPool.forEach(DuckDbStore::closeQuietly);
        readerPool.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(path() + ": cannot close the database: " + firstLine(e), e);
        }
    }
}
