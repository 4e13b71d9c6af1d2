package org.mostra4j.adapters.persistence.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.MssdFixture;
import org.mostra4j.adapters.persistence.StoreOptions;

/**
 * Law: folding MSSD rows into candidates in several passes (sessions split by a hash of their id, as the importer
 * does past 2 M rows to stay within its memory limit) stores exactly the candidates, play counts and replay counts of
 * one pass. The hand-counted real-format fixture keeps its counts (3 replays folded into 2 candidates, 10 candidates).
 */
class MssdPassesTest {
    @TempDir
    Path dir;

    @Test
    void passes_fold_the_same_candidates_as_one() throws Exception {
        Path real = Path.of(MssdPassesTest.class.getResource("/real-format/mssd/log_0_20180715_000000000000.csv").toURI());
        Path generated = MssdFixture.log(dir.resolve("generated.csv"), 60, 25, 3);
        int n = 0;
        for (Path log : List.of(real, generated)) {
            List<String> onePass = null;
            for (long passRows : new long[] {Long.MAX_VALUE / 4, 1, 2, 7, 100}) {
                try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(dir.resolve("s" + n++ + ".duckdb")))) {
                    var result = new MssdImporter(store, passRows).importLog(log, MssdImporter.Extras.none(), ImportOptions.strict());
                    assertTrue(result.isRight(), () -> result.getLeft().report());
                    if (log == real) {
                        assertEquals(new ImportSummary.Replays(3, 2), result.get().replays(), "passes of " + passRows);
                        assertEquals(10L, result.get().rowsAdded().get("candidates"));
                    }
                    List<String> rows = rows(store);
                    if (onePass == null) {
                        onePass = rows;
                    } else {
                        assertEquals(onePass, rows, log.getFileName() + " in passes of " + passRows + " rows");
                    }
                }
            }
        }
    }

    private static List<String> rows(DuckDbStore store) throws Exception {
        List<String> found = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT session_id, track_id, logged_position, sat, plays FROM candidates ORDER BY ALL")) {
            while (r.next()) {
                found.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3) + "|" + r.getString(4) + "|" + r.getInt(5));
            }
        }
        return found;
    }
}
