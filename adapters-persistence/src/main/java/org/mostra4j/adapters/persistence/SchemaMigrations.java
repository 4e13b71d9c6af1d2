package org.mostra4j.adapters.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema. Each entry of {@link #STEPS} moves the database from version i to i+1 and is never
 * edited once released: new columns or tables arrive as new steps. A database whose version is above
 * {@link #CURRENT} was written by a newer mostra4j and is refused rather than misread.
 */
public final class SchemaMigrations {
    private static final List<String> STEPS = List.of(V1.SQL, V2.SQL);
    /** The schema version this build writes. */
    public static final int CURRENT = STEPS.size();

    private SchemaMigrations() {
    }

    static void migrate(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int version = version(c);
        if (version > CURRENT) {
            throw new StoreException(file + ": the database has schema version " + version
                    + ", newer than this mostra4j understands (" + CURRENT + "); use a newer mostra4j");
        }
        for (int v = version; v < CURRENT; v++) {
            apply(c, v + 1, STEPS.get(v));
        }
    }

    /** The version recorded in the database (0 for a new file). */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void apply(Connection c, int target, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN TRANSACTION");
            try {
                for (String stmt : sql.split(";")) {
                    if (!stmt.isBlank()) {
                        s.execute(stmt);
                    }
                }
                s.execute("INSERT INTO schema_version VALUES (" + target + ", now()::TIMESTAMP)");
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /** Version 1: the canonical tables plus results, evaluation runs and the model registry. */
    private static final class V1 {
        static final String SQL = """
                CREATE TABLE artists (artist_id VARCHAR NOT NULL, name VARCHAR);
                CREATE TABLE tracks (track_id VARCHAR NOT NULL, artist_id VARCHAR, duration_s DOUBLE,
                    release_year INTEGER, popularity DOUBLE, features FLOAT[]);
                CREATE TABLE users (user_id VARCHAR NOT NULL, features DOUBLE[]);
                CREATE TABLE history (user_id VARCHAR NOT NULL, track_id VARCHAR NOT NULL,
                    played_at TIMESTAMP NOT NULL, plays INTEGER NOT NULL);
                CREATE TABLE sessions (session_id VARCHAR NOT NULL, user_id VARCHAR NOT NULL, date DATE NOT NULL,
                    context VARCHAR NOT NULL);
                CREATE TABLE candidates (session_id VARCHAR NOT NULL, track_id VARCHAR NOT NULL,
                    logged_position INTEGER NOT NULL, sat BOOLEAN);
                CREATE TABLE emerging_artists (artist_id VARCHAR NOT NULL, valid_from DATE NOT NULL, valid_to DATE NOT NULL);
                CREATE TABLE boosts (track_id VARCHAR NOT NULL, valid_from DATE NOT NULL, valid_to DATE NOT NULL);
                CREATE TABLE truth (session_id VARCHAR NOT NULL, track_id VARCHAR NOT NULL, p_sat DOUBLE NOT NULL);
                CREATE TABLE dataset_columns (table_name VARCHAR NOT NULL, position INTEGER NOT NULL, column_name VARCHAR NOT NULL);
                CREATE TABLE imports (import_id INTEGER NOT NULL, source VARCHAR NOT NULL, location VARCHAR NOT NULL,
                    rows BIGINT NOT NULL, rejected BIGINT NOT NULL, imported_at TIMESTAMP NOT NULL);
                CREATE TABLE sequences (run_id VARCHAR NOT NULL, session_id VARCHAR NOT NULL, position INTEGER NOT NULL,
                    track_id VARCHAR NOT NULL, relevance DOUBLE NOT NULL, gain DOUBLE NOT NULL, objectives VARCHAR NOT NULL,
                    score DOUBLE NOT NULL);
                CREATE TABLE evaluation_runs (run_id VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, description VARCHAR NOT NULL,
                    metric VARCHAR NOT NULL, value DOUBLE NOT NULL);
                CREATE TABLE models (name VARCHAR NOT NULL, kind VARCHAR NOT NULL, file VARCHAR NOT NULL,
                    created_at TIMESTAMP NOT NULL, metadata VARCHAR NOT NULL)
                """;
    }

    /**
     * Version 2: what real listening logs carry beyond the canonical core, all nullable so that older
     * rows and files read as "not given": the number of plays folded into a candidate (replays within a
     * session), whether a session was played in shuffle (MSSD's {@code hist_user_behavior_is_shuffle}),
     * and a user's profile attributes (Last.fm-1K's profile file).
     */
    private static final class V2 {
        static final String SQL = """
                ALTER TABLE candidates ADD COLUMN plays INTEGER;
                ALTER TABLE sessions ADD COLUMN shuffle BOOLEAN;
                ALTER TABLE users ADD COLUMN gender VARCHAR;
                ALTER TABLE users ADD COLUMN age INTEGER;
                ALTER TABLE users ADD COLUMN country VARCHAR;
                ALTER TABLE users ADD COLUMN registered DATE
                """;
    }
}
