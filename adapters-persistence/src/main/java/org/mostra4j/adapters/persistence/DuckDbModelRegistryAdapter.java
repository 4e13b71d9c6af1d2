package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mostra4j.application.port.out.ModelRegistryPort;

/**
 * Model metadata rows in the {@code models} table; metadata is stored as {@code key=value} lines (keys
 * sorted, no newlines in keys or values).
 */
public final class DuckDbModelRegistryAdapter implements ModelRegistryPort {
    private final DuckDbStore store;

    @Inject
    public DuckDbModelRegistryAdapter(DuckDbStore store) {
        this.store = store;
    }

    @Override
    public void register(ModelEntry entry) {
        store.inTransaction("register model " + entry.name(), c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM models WHERE name = ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO models VALUES (?, ?, ?, ?, ?)")) {
                del.setString(1, entry.name());
                del.execute();
                ins.setString(1, entry.name());
                ins.setString(2, entry.kind());
                ins.setString(3, entry.file().toString());
                ins.setObject(4, entry.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                ins.setString(5, encode(entry.metadata()));
                ins.execute();
            }
        });
    }

    @Override
    public Optional<ModelEntry> find(String name) {
        return query("SELECT * FROM models WHERE name = ?", name).stream().findFirst();
    }

    @Override
    public List<ModelEntry> list() {
        return query("SELECT * FROM models ORDER BY name", null);
    }

    private List<ModelEntry> query(String sql, String param) {
        List<ModelEntry> found = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Timestamp at = r.getTimestamp(4);
                    found.add(new ModelEntry(r.getString(1), r.getString(2), Path.of(r.getString(3)),
                            at.toLocalDateTime().toInstant(ZoneOffset.UTC), decode(r.getString(5))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read models: " + DuckDbStore.firstLine(e), e);
        }
        return found;
    }

    private static String encode(Map<String, String> metadata) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(metadata).forEach((k, v) -> {
            if (k.contains("=") || k.contains("\n") || v.contains("\n")) {
                throw new IllegalArgumentException("metadata keys must not contain '=' or newlines, values no newlines: " + k);
            }
            b.append(k).append('=').append(v).append('\n');
        });
        return b.toString();
    }

    private static Map<String, String> decode(String text) {
        Map<String, String> m = new TreeMap<>();
        text.lines().filter(l -> !l.isEmpty()).forEach(l -> {
            int eq = l.indexOf('=');
            m.put(l.substring(0, eq), l.substring(eq + 1));
        });
        return m;
    }
}
