package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.mostra4j.application.port.out.SaveSequencesPort;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/** Sequencing results in the {@code sequences} table, written with the Appender in one transaction. */
public final class DuckDbSequenceStoreAdapter implements SaveSequencesPort {
    private final DuckDbStore store;

    @Inject
    public DuckDbSequenceStoreAdapter(DuckDbStore store) {
        this.store = store;
    }

    @Override
    public void save(String runId, List<Sequence> sequences) {
        store.inTransaction("save sequences", c -> {
            try (Statement s = c.createStatement()) {
                String run = "'" + runId.replace("'", "''") + "'";
                for (int from = 0; from < sequences.size(); from += 1000) {
                    String in = sequences.subList(from, Math.min(sequences.size(), from + 1000)).stream()
                            .map(q -> "'" + q.session().value().replace("'", "''") + "'").collect(Collectors.joining(", "));
                    s.execute("DELETE FROM sequences WHERE run_id = " + run + " AND session_id IN (" + in + ")");
                }
            }
            append(c, runId, sequences);
        });
    }

    private static void append(Connection c, String runId, List<Sequence> sequences) throws SQLException {
        try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sequences")) {
            for (Sequence q : sequences) {
                for (Placement p : q.placements()) {
                    a.beginRow();
                    a.append(runId);
                    a.append(q.session().value());
                    a.append(p.position());
                    a.append(p.track().value());
                    a.append(p.relevance());
                    a.append(p.gain());
                    a.append(p.objectives().stream().map(ObjectiveId::toString).sorted().collect(Collectors.joining(",")));
                    a.append(p.score());
                    a.endRow();
                }
            }
        }
    }

    @Override
    public List<Sequence> load(String runId) {
        Map<String, List<Placement>> bySession = new LinkedHashMap<>();
        String sql = "SELECT session_id, position, track_id, relevance, gain, objectives, score FROM sequences"
                + " WHERE run_id = ? ORDER BY session_id, position";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setString(1, runId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String objectives = r.getString(6);
                    Set<ObjectiveId> labels = objectives.isEmpty() ? Set.of()
                            : Arrays.stream(objectives.split(",")).map(ObjectiveId::of).collect(Collectors.toCollection(TreeSet::new));
                    bySession.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Placement(r.getInt(2),
                            TrackId.of(r.getString(3)), r.getDouble(4), r.getDouble(5), labels, r.getDouble(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read sequences: " + DuckDbStore.firstLine(e), e);
        }
        return bySession.entrySet().stream().map(e -> new Sequence(SessionId.of(e.getKey()), e.getValue())).toList();
    }
}
