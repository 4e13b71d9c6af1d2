package org.mostra4j.adapters.persistence.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.LastFmFixture;
import org.mostra4j.adapters.persistence.StoreOptions;

/**
 * Law: cutting and writing the Last.fm log one range of users at a time (as the importer does to keep every sort in
 * memory on the full 19 M-play file) stores exactly what one pass over all users stores, whatever the ranges, the
 * file order of the lines (shuffled here, so every range's rows are spread over the whole file), identical
 * timestamps and replays.
 */
class LastFmBatchesTest {
    private static final List<String> TABLES = List.of("users", "artists", "tracks", "history", "sessions", "candidates");

    @TempDir
    Path dir;

    @Test
    void ranges_of_users_store_what_one_pass_stores() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(LastFmFixture.log(dir.resolve("lfm.tsv"), 7, 45, 5)));
        // an identical timestamp twice within a user, and a replay of a track right after its first play
        String[] f = lines.get(3).split("\t", -1);
        lines.add(4, String.join("\t", f));
        Collections.shuffle(lines, new Random(9));
        Path log = Files.write(dir.resolve("shuffled.tsv"), lines);

        Map<String, List<String>> onePass = importWith(log, Long.MAX_VALUE / 4, "one");
        assertEquals(7 * 45 + 1, onePass.get("history").size());
        assertTrue(onePass.get("candidates").stream().anyMatch(c -> c.endsWith("|2")), "a replay kept as plays = 2");
        for (long batch : new long[] {1, 45, 46, 100, 200}) {
            Map<String, List<String>> ranged = importWith(log, batch, "b" + batch);
            for (String t : TABLES) {
                assertEquals(onePass.get(t), ranged.get(t), t + " with ranges of " + batch + " plays");
            }
        }
    }

    private Map<String, List<String>> importWith(Path log, long batchPlays, String name) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(dir.resolve(name + ".duckdb")))) {
            var result = new LastFmImporter(store, batchPlays).importLog(log, Optional.empty(), LastFmImporter.DEFAULT_GAP,
                    ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            for (String t : TABLES) {
                List<String> found = new ArrayList<>();
                try (Statement s = store.connection().createStatement();
                        ResultSet r = s.executeQuery("SELECT * FROM " + t + " ORDER BY ALL")) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(i == 1 ? "" : "|").append(r.getString(i));
                        }
                        found.add(row.toString());
                    }
                }
                rows.put(t, found);
            }
        }
        return rows;
    }
}
