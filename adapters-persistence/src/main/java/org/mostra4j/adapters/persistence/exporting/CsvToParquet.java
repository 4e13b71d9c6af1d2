package org.mostra4j.adapters.persistence.exporting;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.mostra4j.adapters.persistence.StoreException;

/**
 * Rewrites a CSV file (header row) as one Parquet file with the given column types, with an in-memory DuckDB
 * (DuckDB's own Parquet writer, the one {@code export canonical} uses). Types are given, never sniffed.
 */
public final class CsvToParquet {
    private CsvToParquet() {
    }

    /**
     * @param columns column name → DuckDB type (e.g. VARCHAR, DOUBLE, INTEGER), in file order
     */
    public static void convert(Path csv, Path parquet, LinkedHashMap<String, String> columns) {
        String types = columns.entrySet().stream().map(e -> "'" + e.getKey() + "': '" + e.getValue() + "'")
                .collect(Collectors.joining(", ", "{", "}"));
        String sql = "COPY (SELECT * FROM read_csv(" + quote(csv) + ", header = true, columns = " + types
                + ", auto_detect = false)) TO " + quote(parquet) + " (FORMAT parquet)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 1");
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(parquet + ": cannot write Parquet: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static String quote(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

}
