package org.mostra4j.adapters.persistence.exporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreException;
import org.mostra4j.adapters.persistence.importing.CanonicalTable;

/**
 * Writes the store back out in the canonical layout, one file per non-empty table, rows in key order:
 * importing the result into an empty store and exporting again gives identical files. The optional
 * columns of real logs (users' profile attributes, sessions' {@code shuffle}, candidates' {@code plays})
 * are written only when some row has a value, so files of stores without them stay as they were.
 */
public final class CanonicalExporter {
    /** The file format written. */
    public enum Format { CSV, PARQUET }

    private final DuckDbStore store;

    public CanonicalExporter(DuckDbStore store) {
        this.store = store;
    }

    /** Exports every non-empty table into {@code dir}; returns rows written per file. */
    public Map<String, Long> export(Path dir, Format format) {
        Map<String, Long> written = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            for (CanonicalTable t : CanonicalTable.values()) {
                long rows = count(t.tableName());
                if (rows == 0) {
                    continue;
                }
                String file = t.tableName() + (format == Format.CSV ? ".csv" : ".parquet");
                Path out = dir.resolve(file).toAbsolutePath();
                String options = format == Format.CSV ? "(FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"')" : "(FORMAT parquet)";
                try (Statement s = store.connection().createStatement()) {
                    s.execute("COPY (SELECT " + String.join(", ", select(t)) + " FROM " + t.tableName() + " ORDER BY "
                            + t.order() + ") TO '" + out.toString().replace("'", "''") + "' " + options);
                }
                written.put(file, rows);
            }
            return written;
        } catch (SQLException | IOException e) {
            throw new StoreException(dir + ": export failed: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> select(CanonicalTable t) throws SQLException {
        List<String> cols = new ArrayList<>();
        for (String c : t.columnNames()) {
            cols.add(switch (c) {
                case "played_at" -> "CASE WHEN microsecond(played_at) % 1000000 = 0 THEN strftime(played_at, '%Y-%m-%dT%H:%M:%SZ')"
                        + " ELSE strftime(played_at, '%Y-%m-%dT%H:%M:%S.%fZ') END AS played_at";
                case "date", "valid_from", "valid_to" -> "strftime(" + c + ", '%Y-%m-%d') AS " + c;
                case "sat" -> "CASE WHEN sat THEN 1 WHEN NOT sat THEN 0 END AS sat";
                default -> "\"" + c + "\"";
            });
        }
        for (String name : t.optionalColumnNames()) {
            String c = CanonicalTable.storeColumn(name);
            if (count("(SELECT " + c + " FROM " + t.tableName() + " WHERE " + c + " IS NOT NULL LIMIT 1)") > 0) {
                cols.add((c.equals("registered") ? "strftime(registered, '%Y-%m-%d')" : c) + " AS \"" + name + "\"");
            }
        }
        List<String> extras = extraColumns(t.tableName());
        for (int i = 0; i < extras.size(); i++) {
            cols.add("features[" + (i + 1) + "] AS \"" + extras.get(i).replace("\"", "\"\"") + "\"");
        }
        return cols;
    }

    private List<String> extraColumns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        if (!table.equals("tracks") && !table.equals("users")) {
            return names;
        }
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT column_name FROM dataset_columns WHERE table_name = '" + table
                        + "' ORDER BY position")) {
            while (r.next()) {
                names.add(table.equals("tracks") ? "f_" + names.size() : r.getString(1));
            }
        }
        return names;
    }
}
