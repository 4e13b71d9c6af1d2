package org.mostra4j.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mostra4j.application.port.out.SaveEvaluationRunPort;

/** Evaluation runs as one row per metric in the {@code evaluation_runs} table. */
public final class DuckDbEvaluationRunAdapter implements SaveEvaluationRunPort {
    private final DuckDbStore store;

    @Inject
    public DuckDbEvaluationRunAdapter(DuckDbStore store) {
        this.store = store;
    }

    @Override
    public void save(EvaluationRun run) {
        store.inTransaction("save evaluation run " + run.runId(), c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM evaluation_runs WHERE run_id = ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO evaluation_runs VALUES (?, ?, ?, ?, ?)")) {
                del.setString(1, run.runId());
                del.execute();
                for (var m : new TreeMap<>(run.metrics()).entrySet()) {
                    ins.setString(1, run.runId());
                    ins.setObject(2, run.createdAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                    ins.setString(3, run.description());
                    ins.setString(4, m.getKey());
                    ins.setDouble(5, m.getValue());
                    ins.execute();
                }
            }
        });
    }

    @Override
    public List<EvaluationRun> list() {
        Map<String, Instant> at = new LinkedHashMap<>();
        Map<String, String> what = new LinkedHashMap<>();
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM evaluation_runs ORDER BY run_id, metric")) {
            while (r.next()) {
                String id = r.getString(1);
                at.putIfAbsent(id, r.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC));
                what.putIfAbsent(id, r.getString(3));
                metrics.computeIfAbsent(id, k -> new TreeMap<>()).put(r.getString(4), r.getDouble(5));
            }
        } catch (SQLException e) {
            throw new StoreException(store.path() + ": cannot read evaluation runs: " + DuckDbStore.firstLine(e), e);
        }
        List<EvaluationRun> runs = new ArrayList<>();
        metrics.forEach((id, m) -> runs.add(new EvaluationRun(id, at.get(id), what.get(id), m)));
        return runs;
    }
}
