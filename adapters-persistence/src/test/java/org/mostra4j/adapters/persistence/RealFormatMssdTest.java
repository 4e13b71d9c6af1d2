package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.MssdImporter;

/**
 * The MSSD log as it is released: a hand-written fixture in the real training-log format (13 rows, three
 * sessions: one with {@code backbtn} replays, one subset session starting at position 3 with a gap and a
 * replay, written with {@code True/False} and {@code DD-MM-YY}; pause and context-switch columns as 0/1).
 */
class RealFormatMssdTest {
    static final String A = "0_0a1f3c22-5e0b-4d7a-9c11-3b7e2f10aa01";
    static final String B = "0_0b7e9d41-2c6a-4f3e-8b20-5d9c1e20bb02";
    static final String T02 = "t_5d2c8e1a-0b3f-4c6d-8e9f-1a2b3c4d5e02";
    static final String T06 = "t_5d2c8e1a-0b3f-4c6d-8e9f-1a2b3c4d5e06";

    @TempDir
    Path tmp;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(RealFormatMssdTest.class.getResource("/real-format/mssd/" + name).toURI());
    }

    static List<String> logLines() throws Exception {
        return Files.readAllLines(fixture("log_0_20180715_000000000000.csv"));
    }

    private DuckDbStore store() {
        return DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")));
    }

    @Test
    void a_real_log_with_replays_imports_with_no_flags_folding_each_replay_into_the_first_play() throws Exception {
        try (DuckDbStore store = store()) {
            var result = new MssdImporter(store).importLog(fixture("log_0_20180715_000000000000.csv"),
                    MssdImporter.Extras.none(), ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            ImportSummary s = result.get();
            // counted by hand in the fixture: track 02 played at 2, 4, 6 in A; track 06 at 4 and 7 in B
            assertEquals(new ImportSummary.Replays(3, 2), s.replays());
            assertEquals(13, s.inputRows());
            assertEquals(10, s.rowsAdded().get("candidates"));
            assertEquals(List.of(), s.warnings());
            assertEquals("2|false|3", row(store, "SELECT logged_position, sat, plays FROM candidates WHERE session_id = '" + A
                    + "' AND track_id = '" + T02 + "'"));
            assertEquals("4|true|2", row(store, "SELECT logged_position, sat, plays FROM candidates WHERE session_id = '" + B
                    + "' AND track_id = '" + T06 + "'"));
            // the subset session keeps its logged positions (3, 4, 6), its DD-MM-YY date and its shuffle flag
            assertEquals("3,4,6|2018-07-15|true", row(store, "SELECT string_agg(logged_position, ',' ORDER BY logged_position),"
                    + " any_value(s.date), any_value(s.shuffle) FROM candidates c JOIN sessions s USING (session_id)"
                    + " WHERE session_id = '" + B + "'"));
            assertEquals("false", row(store, "SELECT shuffle FROM sessions WHERE session_id = '" + A + "'"));
            // what training reads: only the shuffle-play session's logged order counts as random (mostra-seq's head)
            java.util.Map<String, Boolean> random = new java.util.HashMap<>();
            new DuckDbSessionStoreAdapter(store).stream(0, 10,
                    chunk -> chunk.forEach(x -> random.put(x.id().value(), x.positionsRandom())));
            assertEquals(false, random.get(A));
            assertEquals(true, random.get(B));
        }
    }

    @Test
    void a_folder_of_gzipped_part_files_with_features_imports_as_one() throws Exception {
        Path logs = Files.createDirectories(tmp.resolve("training_set"));
        List<String> lines = logLines();
        gzip(logs.resolve("log_0_20180715_000000000000.csv.gz"), lines.subList(0, 7));
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        second.addAll(lines.subList(7, lines.size()));
        gzip(logs.resolve("log_0_20180716_000000000001.csv.gz"), second);
        Files.writeString(logs.resolve("README.txt"), "not a part file");
        Path features = Files.createDirectories(tmp.resolve("track_features"));
        Files.copy(fixture("tf_000000000000.csv"), features.resolve("tf_000000000000.csv"));
        Files.copy(fixture("tf_000000000001.csv"), features.resolve("tf_000000000001.csv"));
        try (DuckDbStore store = store()) {
            var extras = new MssdImporter.Extras(List.of(features), Optional.empty(), 0.10);
            var result = new MssdImporter(store).importLogs(List.of(logs), extras, ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            assertEquals(new ImportSummary.Replays(3, 2), result.get().replays());
            assertEquals(13 + 7, result.get().inputRows(), "log rows and features rows");
            assertEquals(7, CanonicalImportTest.count(store, "tracks"));
            assertEquals(10, CanonicalImportTest.count(store, "candidates"));
            assertEquals(3, CanonicalImportTest.count(store, "sessions"));
        }
    }

    @Test
    void a_bad_row_in_one_part_file_names_that_file_and_line_and_nothing_is_written() throws Exception {
        Path logs = Files.createDirectories(tmp.resolve("parts"));
        List<String> lines = logLines();
        gzip(logs.resolve("log_0_20180715_000000000000.csv.gz"), lines.subList(0, 7));
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        second.addAll(lines.subList(7, lines.size()));
        String[] f = second.get(3).split(",", -1);
        f[1] = "0";
        second.set(3, String.join(",", f));
        gzip(logs.resolve("log_0_20180716_000000000001.csv.gz"), second);
        try (DuckDbStore store = store()) {
            var result = new MssdImporter(store).importLogs(List.of(logs), MssdImporter.Extras.none(), ImportOptions.strict());
            assertTrue(result.isLeft());
            assertEquals(logs.resolve("log_0_20180716_000000000001.csv.gz") + ":4: session_position: expected a whole number >= 1, found '0'",
                    result.getLeft().problems().get(0).toString());
            assertEquals(0, CanonicalImportTest.count(store, "sessions") + CanonicalImportTest.count(store, "candidates")
                    + CanonicalImportTest.count(store, "tracks") + CanonicalImportTest.count(store, "users"));
        }
    }

    @Test
    void a_position_logged_twice_across_part_files_names_both() throws Exception {
        List<String> lines = logLines();
        Path first = tmp.resolve("log_0_20180715_000000000000.csv");
        Files.write(first, lines);
        Path second = tmp.resolve("log_0_20180715_000000000001.csv");
        Files.write(second, List.of(lines.get(0), lines.get(1)));
        try (DuckDbStore store = store()) {
            var result = new MssdImporter(store).importLogs(List.of(first, second), MssdImporter.Extras.none(),
                    ImportOptions.strict());
            assertTrue(result.isLeft());
            assertEquals(second + ":2: session_position: duplicate session_id, session_position (first at " + first + ":2)",
                    result.getLeft().problems().get(0).toString());
        }
    }

    @Test
    void a_row_set_aside_across_parts_leaves_no_trace_in_its_session() throws Exception {
        List<String> lines = logLines();
        Path first = tmp.resolve("log_0_20180715_000000000000.csv");
        Files.write(first, lines);
        // session B plays in shuffle mode throughout; a later part logs its position 3 again, not in shuffle mode
        String[] again = lines.stream().filter(l -> l.startsWith(B + ",3,")).findFirst().orElseThrow().split(",", -1);
        again[14] = "False";
        Path second = tmp.resolve("log_0_20180715_000000000001.csv");
        Files.write(second, List.of(lines.get(0), String.join(",", again)));
        try (DuckDbStore store = store()) {
            var result = new MssdImporter(store).importLogs(List.of(first, second), MssdImporter.Extras.none(),
                    ImportOptions.strict().withMaxErrors(5, tmp.resolve("rejects.txt")));
            assertTrue(result.isRight(), () -> result.getLeft().report());
            assertEquals(1, result.get().rejected());
            assertEquals("true|3", row(store, "SELECT s.shuffle, count(*) FROM sessions s JOIN candidates c USING (session_id)"
                    + " WHERE session_id = '" + B + "' GROUP BY ALL"));
        }
    }

    @Test
    void a_control_character_in_a_gzipped_part_is_a_problem_at_its_line_not_a_failed_import() throws Exception {
        Path logs = Files.createDirectories(tmp.resolve("ctl"));
        List<String> lines = new ArrayList<>(logLines());
        lines.set(3, lines.get(3).replaceFirst("^0_0", "0_\u0001"));
        Path part = logs.resolve("log_0_20180715_000000000000.csv.gz");
        gzip(part, lines);
        try (DuckDbStore store = store()) {
            var result = new MssdImporter(store).importLogs(List.of(logs), MssdImporter.Extras.none(), ImportOptions.strict());
            assertTrue(result.isLeft());
            String problem = result.getLeft().problems().get(0).toString();
            assertTrue(problem.startsWith(part + ":4: ") && problem.contains("control character U+0001"), problem);
        }
    }

    @Test
    void columns_in_another_order_with_a_pandas_index_and_a_prediction_column_import_with_one_warning() throws Exception {
        List<String> lines = logLines();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> fields = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
            java.util.Collections.reverse(fields);
            fields.add(0, i == 0 ? "" : String.valueOf(i - 1));
            fields.add(i == 0 ? "skip_prediction" : "0.5");
            out.add(String.join(",", fields));
        }
        Path log = Files.write(tmp.resolve("predictions.csv"), out);
        try (DuckDbStore store = store()) {
            var result = new MssdImporter(store).importLog(log, MssdImporter.Extras.none(), ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            assertEquals(List.of("ignored columns that are not part of the MSSD log format: (unnamed), skip_prediction"),
                    result.get().warnings());
            assertEquals(new ImportSummary.Replays(3, 2), result.get().replays());
            assertEquals("2|false|3", row(store, "SELECT logged_position, sat, plays FROM candidates WHERE session_id = '" + A
                    + "' AND track_id = '" + T02 + "'"));
        }
    }

    @Test
    void a_missing_required_column_is_an_error_naming_it() throws Exception {
        List<String> out = logLines().stream().map(l -> l.substring(0, l.lastIndexOf(',', l.lastIndexOf(',',
                l.lastIndexOf(',') - 1) - 1))).toList(); // drops context_type and both reason columns
        Path log = Files.write(tmp.resolve("log.csv"), out);
        try (DuckDbStore store = store()) {
            var result = new MssdImporter(store).importLog(log, MssdImporter.Extras.none(), ImportOptions.strict());
            assertTrue(result.isLeft());
            assertEquals(log + ":1: context_type: missing column in the header", result.getLeft().problems().get(0).toString());
        }
    }

    static void gzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static String row(DuckDbStore store, String sql) throws Exception {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                values.add(r.getString(i));
            }
            return String.join("|", values);
        }
    }
}
