package org.mostra4j.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mostra4j.application.port.out.ModelRegistryPort.ModelEntry;

/**
 * What a store holds: its schema version, rows per table, registered models and past imports (for
 * {@code db info}).
 */
public record StoreContents(int schemaVersion, Map<String, Long> rows, List<ModelEntry> models, List<String> imports) {
    private static final List<String> TABLES = List.of("artists", "tracks", "users", "history", "sessions", "candidates",
            "emerging_artists", "boosts", "truth", "sequences", "evaluation_runs", "models");

    public StoreContents {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        models = List.copyOf(models);
        imports = List.copyOf(imports);
    }

    public static StoreContents of(DuckDbStore store) {
        try {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String t : TABLES) {
                rows.put(t, single(store, "SELECT count(*) FROM " + t));
            }
            List<String> imports = new ArrayList<>();
            try (Statement s = store.connection().createStatement();
                    ResultSet r = s.executeQuery("SELECT import_id, source, location, rows, rejected, imported_at FROM imports"
                            + " ORDER BY import_id")) {
                while (r.next()) {
                    imports.add(String.format("#%d %s %s: %d rows added, %d rejected, at %s", r.getInt(1), r.getString(2),
                            r.getString(3), r.getLong(4), r.getLong(5), r.getString(6)));
                }
            }
            return new StoreContents(SchemaMigrations.version(store.connection()), rows,
                    new DuckDbModelRegistryAdapter(store).list(), imports);
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot describe the database: " + DuckDbStore.firstLine(e), e);
        }
    }

    private static long single(DuckDbStore store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
