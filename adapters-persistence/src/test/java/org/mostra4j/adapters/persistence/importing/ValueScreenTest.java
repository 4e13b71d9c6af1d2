package org.mostra4j.adapters.persistence.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreOptions;

/**
 * Laws of the Java value screen that lets a clean MSSD part skip the SQL column check:
 * <ol>
 *   <li>soundness, value by value: every text the screen accepts for a kind is valid for that kind's SQL rule, as
 *       DuckDB evaluates it (hand-picked edge cases and seeded random texts);</li>
 *   <li>a part is clean only when every data line is plain (ASCII, exactly the header's fields, no quote, no
 *       control character, a CR only before a line break) and each checked value passes, however the bytes arrive in
 *       chunks;</li>
 *   <li>end to end: an import of a seeded mutation of a real-format part gives exactly the same outcome (summary, or
 *       the same problems at the same lines) with the screen as with every check left to SQL, for plain and gzip'd
 *       parts (the latter staged from a projection of the screened columns when clean); bytes that are not
 *       UTF-8 in a column the importer never reads still refuse the row, as they did before clean parts were staged
 *       with the read columns only.</li>
 * </ol>
 */
class ValueScreenTest {
    private static final List<ColumnKind> KINDS = List.of(ColumnKind.ID, ColumnKind.TEXT, ColumnKind.POSITIVE_INT,
            ColumnKind.BOOL, ColumnKind.MSSD_DATE);
    private static final List<String> EDGES = List.of("", " ", "0", "1", "01", "+1", "-1", "1.0", "999999999", "1000000000",
            "2147483647", "2147483648", "true", "True", "TRUE", "tRuE", "false", "FALSE", "t", "yes", "10", " 1", "1 ",
            "2018-07-15", "2018-02-29", "2020-02-29", "2100-02-29", "2000-02-29", "1900-02-29", "2018-13-01", "2018-00-10",
            "2018-07-32", "2018-7-15", "0018-07-15", "9999-12-31", "15-07-18", "29-02-00", "29-02-19", "29-02-20", "31-04-18",
            "30-04-18", "00-01-18", "01-00-18", "1-07-18", "15-07-2018", "15/07/18", "t_021579", "0_00000000",
            "a b", " a", "a ", "a\tb", "\u00e9", "editorial_playlist", "x\u001ey", "x\u001fy", "~", "\u007f", "a,b");

    @TempDir
    Path dir;

    @Test
    void a_value_the_screen_accepts_is_valid_for_the_sql_rule() throws Exception {
        Random random = new Random(13);
        String alphabet = "0123456789-_ tTrRuUeEfFaAlLsSx.:+/\t\u00e9\u001f~";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (ColumnKind kind : KINDS) {
                Set<String> texts = new LinkedHashSet<>(EDGES);
                for (int i = 0; i < 3000; i++) {
                    texts.add(randomText(random, alphabet, kind));
                }
                List<String> accepted = new ArrayList<>();
                for (String t : texts) {
                    byte[] b = t.getBytes(StandardCharsets.UTF_8);
                    if (ValueScreen.plain(kind, b, 0, b.length)) {
                        accepted.add(t);
                    }
                }
                assertTrue(accepted.size() >= 20, kind + ": the law is not vacuous, the screen accepts " + accepted);
                StringBuilder values = new StringBuilder();
                for (String t : accepted) {
                    values.append(values.length() == 0 ? "" : ", ").append("(").append(Sql.literal(t)).append(")");
                }
                ColumnRule rule = ColumnRule.of("v", kind);
                try (ResultSet r = s.executeQuery("SELECT v FROM (VALUES " + values + ") t(v) WHERE NOT " + rule.valid())) {
                    List<String> invalid = new ArrayList<>();
                    while (r.next()) {
                        invalid.add(r.getString(1));
                    }
                    assertEquals(List.of(), invalid, kind + ": accepted by the screen, refused by SQL");
                }
            }
        }
    }

    @Test
    void typical_mssd_values_pass_the_screen() {
        for (String[] kv : new String[][] {{"ID", "0_0a1f3c22-5e0b-4d7a-9c11-3b7e2f10aa01"}, {"TEXT", "editorial_playlist"},
                {"POSITIVE_INT", "20"}, {"BOOL", "True"}, {"BOOL", "false"}, {"BOOL", "0"}, {"MSSD_DATE", "2018-07-15"},
                {"MSSD_DATE", "15-07-18"}, {"MSSD_DATE", "2018-02-28"}}) {
            byte[] b = kv[1].getBytes(StandardCharsets.UTF_8);
            assertTrue(ValueScreen.plain(ColumnKind.valueOf(kv[0]), b, 0, b.length), kv[0] + " " + kv[1]);
        }
    }

    @Test
    void a_part_is_clean_only_when_every_line_is_plain_however_its_bytes_arrive() {
        String header = "n,s,d,note\n";
        assertClean(true, header + "1,s1,2018-07-15,x\n2,s2,15-07-18,\n");
        assertClean(true, header + "1,s1,2018-07-15,x y\r\n\r\n\n2,s2,15-07-18,z");
        assertClean(true, header + "1,s1,2018-07-15,x\r\n2,s2,15-07-18,z\r");
        assertClean(false, header + "1,s1,2018-07-15,\u00e9t\u00e9 \u266b\n");
        assertClean(false, header + "1,s1,2018-07-15,\"x\"\n");
        assertClean(false, header + "1,s1,2018-07-15,x\r2,s2,15-07-18,z\n");
        assertClean(false, header + "1,s1,2018-07-15\n");
        assertClean(false, header + "1,s1,2018-07-15,x,extra\n");
        assertClean(false, header + "1,,2018-07-15,x\n");
        assertClean(false, header + "0,s1,2018-07-15,x\n");
        assertClean(false, header + "1,s1,2018-07-15,x\u0001\n");
        assertClean(false, header + "1,s1,2018-07-15,x\n2,s2,29-02-20,z");
        assertClean(false, header + "1,s1,2018-07-15,x\n2,s2,15-07-18");
        assertClean(false, "\"n\",s,d,note\n1,s1,2018-07-15,x\n");
        assertClean(false, "");
    }

    @Test
    void an_import_is_the_same_with_the_screen_as_with_every_check_in_sql() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(ValueScreenTest.class
                .getResource("/real-format/mssd/log_0_20180715_000000000000.csv").toURI()));
        Random random = new Random(2026);
        String mutations = "0,\"\r\t x1T-_.\u00e9\u0001";
        int screened = 0;
        for (int n = 0; n < 24; n++) {
            List<String> part = new ArrayList<>(lines);
            if (n > 0) { // case 0: the part as it is, which the screen must pass
                int at = 1 + random.nextInt(part.size() - 1);
                StringBuilder line = new StringBuilder(part.get(at));
                int i = random.nextInt(line.length());
                char m = mutations.charAt(random.nextInt(mutations.length()));
                if (random.nextBoolean()) {
                    line.setCharAt(i, m);
                } else {
                    line.insert(i, m);
                }
                part.set(at, line.toString());
            }
            // every other part gzip'd: a screened gzip'd part is staged from its projection, a plain one in place
            Path file = dir.resolve("log_" + n + (n % 2 == 1 ? ".csv.gz" : ".csv"));
            byte[] text = (String.join("\n", part) + "\n").getBytes(StandardCharsets.UTF_8);
            try (java.io.OutputStream out = n % 2 == 1 ? new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))
                    : Files.newOutputStream(file)) {
                out.write(text);
            }
            try (PartScan scan = PartScan.of(file, '"', dir, MssdLog.screenRules())) {
                screened += scan.screened() ? 1 : 0;
                assertTrue(n > 0 || scan.screened(), "the fixture as it is passes the screen");
            }
            assertEquals(outcome(file, n, false), outcome(file, n, true), "mutation " + n + ": " + file);
        }
        assertTrue(screened >= 2, "some mutations keep the part clean: " + screened);
    }

    @Test
    void bytes_that_are_not_utf8_in_an_unread_column_still_refuse_their_row() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(ValueScreenTest.class
                .getResource("/real-format/mssd/log_0_20180715_000000000000.csv").toURI()));
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            text.write((i == 3 ? String.join(",", java.util.Arrays.copyOf(f, 4)) + ",fal" : lines.get(i)).getBytes(StandardCharsets.UTF_8));
            if (i == 3) { // skip_1, a column the import does not read, gets a byte that is not UTF-8
                text.write(0xff);
                text.write(("se," + String.join(",", java.util.Arrays.copyOfRange(f, 5, f.length))).getBytes(StandardCharsets.UTF_8));
            }
            text.write('\n');
        }
        Path file = Files.write(dir.resolve("log_utf8.csv"), text.toByteArray());
        String screened = outcome(file, 99, true);
        assertTrue(screened.contains("rejected 1:\n" + file + ":4: skip_1: not valid UTF-8"), screened);
        assertEquals(outcome(file, 99, false), screened);
    }

    private String outcome(Path file, int n, boolean screen) {
        Path rejects = dir.resolve("rejects-" + n + "-" + screen + ".txt");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(dir.resolve("s" + n + "-" + screen + ".duckdb")))) {
            var result = new MssdImporter(store, MssdLog.PASS_ROWS, screen).importLog(file, MssdImporter.Extras.none(),
                    ImportOptions.strict().withMaxErrors(5, rejects));
            return result.isLeft() ? "refused: " + result.getLeft().problems()
                    : result.get().rowsAdded() + " " + result.get().replays() + " rejected " + result.get().rejected()
                    + (Files.exists(rejects) ? ":\n" + Files.readString(rejects) : "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            return "threw " + e.getMessage();
        }
    }

    private static void assertClean(boolean clean, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Map<String, ColumnKind> rules = Map.of("n", ColumnKind.POSITIVE_INT, "s", ColumnKind.ID, "d", ColumnKind.MSSD_DATE);
        for (int chunk = 1; chunk <= b.length + 1; chunk++) {
            ValueScreen screen = new ValueScreen(rules);
            for (int off = 0; off < b.length; off += chunk) {
                screen.accept(b, off, Math.min(chunk, b.length - off));
            }
            screen.end();
            assertEquals(clean, screen.clean(), "in chunks of " + chunk + ": " + text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    private static String randomCase(Random random, String text) {
        StringBuilder t = new StringBuilder();
        for (char ch : text.toCharArray()) {
            t.append(random.nextBoolean() ? Character.toUpperCase(ch) : ch);
        }
        return t.toString();
    }

    /** Random text, half of the time shaped like the kind's plain form (so that acceptances are many). */
    private static String randomText(Random random, String alphabet, ColumnKind kind) {
        if (random.nextBoolean()) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return t.toString();
        }
        return switch (kind) {
            case POSITIVE_INT -> Integer.toString(random.nextInt(Integer.MAX_VALUE) >> random.nextInt(31));
            case BOOL -> randomCase(random, List.of("true", "false", "0", "1").get(random.nextInt(4)));
            case MSSD_DATE -> random.nextBoolean()
                    ? String.format("%04d-%02d-%02d", 1890 + random.nextInt(220), random.nextInt(14), random.nextInt(33))
                    : String.format("%02d-%02d-%02d", random.nextInt(33), random.nextInt(14), random.nextInt(100));
            default -> "t_" + Integer.toHexString(random.nextInt());
        };
    }
}
