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
 * {@code db info}), and how many rows carry the optional columns of real logs ({@code details}: users with
 * each profile attribute, sessions with a known shuffle flag and shuffled ones, candidates holding replays
 * and the plays folded into them).
 */
public record StoreContents(int schemaVersion, Map<String, Long> rows, List<ModelEntry> models, List<String> imports,
        Map<String, Long> details, List<String> sampleUsers) {
    private static final Map<String, String> DETAILS = detailQueries();
    private static final List<String> TABLES = List.of("artists", "tracks", "users", "history", "sessions", "candidates",
            "emerging_artists", "boosts", "truth", "sequences", "evaluation_runs", "models");

    public StoreContents {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        models = List.copyOf(models);
        imports = List.copyOf(imports);
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        sampleUsers = List.copyOf(sampleUsers);
    }

    private static Map<String, String> detailQueries() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("users with gender", "SELECT count(gender) FROM users");
        d.put("users with age", "SELECT count(age) FROM users");
        d.put("users with country", "SELECT count(country) FROM users");
        d.put("users with registered", "SELECT count(registered) FROM users");
        d.put("sessions with shuffle flag", "SELECT count(shuffle) FROM sessions");
        d.put("sessions in shuffle", "SELECT count(*) FILTER (WHERE shuffle) FROM sessions");
        d.put("candidates replayed", "SELECT count(*) FILTER (WHERE plays > 1) FROM candidates");
        d.put("replays folded", "SELECT coalesce(sum(plays - 1), 0) FROM candidates WHERE plays > 1");
        return d;
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
            Map<String, Long> details = new LinkedHashMap<>();
            for (var e : DETAILS.entrySet()) {
                details.put(e.getKey(), single(store, e.getValue()));
            }
            return new StoreContents(SchemaMigrations.version(store.connection()), rows,
                    new DuckDbModelRegistryAdapter(store).list(), imports, details, sampleUsers(store));
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot describe the database: " + DuckDbStore.firstLine(e), e);
        }
    }

    /** The first three users holding profile attributes, as {@code id: gender, age, country, registered date}. */
    private static List<String> sampleUsers(DuckDbStore store) throws SQLException {
        List<String> users = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT user_id || ': gender ' || coalesce(gender, '?') || ', age '"
                        + " || coalesce(CAST(age AS VARCHAR), '?') || ', country ' || coalesce(country, '?') || ', registered '"
                        + " || coalesce(strftime(registered, '%Y-%m-%d'), '?') FROM users WHERE gender IS NOT NULL"
                        + " OR age IS NOT NULL OR country IS NOT NULL OR registered IS NOT NULL ORDER BY user_id LIMIT 3")) {
            while (r.next()) {
                users.add(r.getString(1));
            }
        }
        return users;
    }

    private static long single(DuckDbStore store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
