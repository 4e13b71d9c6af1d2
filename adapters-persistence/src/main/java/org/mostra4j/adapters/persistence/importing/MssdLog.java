package org.mostra4j.adapters.persistence.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the staged part files of an MSSD log and writes their users (proxies), sessions, candidates and
 * unseen tracks.
 *
 * <p>Replays: a listener may play a track again in the same session (MSSD's
 * {@code hist_user_behavior_reason_start = backbtn}). The candidate set holds each track once, at its first
 * logged position and with that first play's outcome as SAT (the outcome counterfactual evaluation re-uses
 * at that position); {@code candidates.plays} keeps how many times it was played, and the summary says how
 * many replays were folded into how many candidates.
 */
final class MssdLog {
    static final String SHUFFLE = "hist_user_behavior_is_shuffle";
    private static final String ROWS = "mssd_rows";
    private static final String SESSIONS = "mssd_sessions";
    /** Rows folded into candidates per pass, by default (see {@link #write()}). */
    static final long PASS_ROWS = 2_000_000;
    private final long passRows;
    private final ImportRun run;
    private final List<StagedFile> parts;
    private final List<Boolean> hasShuffle;
    private final boolean tracksKnown;

    MssdLog(ImportRun run, List<StagedFile> parts, List<Boolean> hasShuffle, boolean tracksKnown, long passRows) {
        this.passRows = passRows;
        this.run = run;
        this.parts = List.copyOf(parts);
        this.hasShuffle = List.copyOf(hasShuffle);
        this.tracksKnown = tracksKnown;
    }

    /**
     * Checks every part against the store's tracks (when the features file named them), then across parts, then
     * writes all of them; returns false when over the error budget (nothing written). Each part's own rows were
     * checked by {@link #checkRows} as it was staged.
     */
    boolean checkAndInsert() throws SQLException {
        for (int k = 0; k < parts.size() && !run.overBudget() && tracksKnown; k++) {
            new Checks(run, parts.get(k)).lookup("track_id_clean", List.of("§track_id_clean"), "tracks", List.of("track_id"),
                    false, "'unknown track ''' || §track_id_clean || ''' (not in the features file or the store)'");
        }
        if (run.overBudget()) {
            return false;
        }
        run.execute("CREATE OR REPLACE TEMP VIEW " + ROWS + " AS " + unionOfGoodRows());
        try {
            groupSessions();
            if (parts.size() > 1) {
                long before = run.problemCount();
                checkAcrossParts();
                if (run.overBudget()) {
                    return false;
                }
                if (run.problemCount() > before) {
                    groupSessions(); // rows were set aside: the sessions' first rows may have changed
                }
            }
            // rows are staged (their row ids are file order) and checked; from here on order is no one's concern,
            // and without it DuckDB streams a large insert to disk instead of holding it (10 M rows in 512 MB)
            run.unorderedWrites();
            write();
            return true;
        } finally {
            run.dropQuietly("TABLE", SESSIONS);
            run.dropQuietly("VIEW", ROWS);
        }
    }

    /**
     * Groups the rows by session once, into a small table (one row per dozen rows or so) that the cross-part check,
     * users, sessions and the replay count read instead of each going over every staged row again. A session's date
     * is typed after grouping (once per session, not per row); shuffle is true only when every play of the session
     * was in shuffle mode, unknown without the column; {@code p0}, {@code p1} are the first and last part it is in.
     */
    private void groupSessions() throws SQLException {
        run.execute("CREATE OR REPLACE TEMP TABLE " + SESSIONS + " AS SELECT session_id, "
                + ColumnKind.MSSD_DATE.typedSql("dt") + " AS d, context, shuffle, p0, p1 FROM (SELECT session_id,"
                + " arg_min(dt, pos) AS dt, arg_min(context, pos) AS context, bool_and(shuffle) AS shuffle,"
                + " min(part) AS p0, max(part) AS p1 FROM " + ROWS + " GROUP BY session_id)");
    }

    /** The date range of the rows written, as a relation {@code (d0, d1)}. */
    String dateRange() {
        return "(SELECT min(d) AS d0, max(d) AS d1 FROM (" + unionOfGoodRows() + "))";
    }

    /**
     * Checks one staged part's rows on their own (values, positions, a (session, position) pair once, sessions not
     * yet in the store), right after it is staged: DuckDB checks part k while the next parts are scanned.
     */
    static void checkRows(ImportRun run, StagedFile log, boolean shuffle, boolean screened) throws SQLException {
        run.progress("checking " + log.path().getFileName());
        List<ColumnRule> rules = new ArrayList<>(MssdImporter.LOG_RULES);
        if (shuffle) {
            rules.add(ColumnRule.of(SHUFFLE, ColumnKind.BOOL));
        }
        // the scan thread's screen vouched for every value of these rules: the column check would find nothing
        new Checks(run, log).columns(screened ? List.of() : rules)
                .rule("session_position", "CAST(session_position AS INTEGER) > CAST(session_length AS INTEGER)",
                        "'session_position ' || session_position || ' is beyond session_length ' || session_length")
                // positions are validated as plain decimals, so text equality is number equality
                .unique("session_position", List.of("session_id", "session_position"), "session_id, session_position")
                .lookup("session_id", List.of("§session_id"), "sessions", List.of("session_id"), true,
                        "'session already in the store: ' || §session_id");
    }

    /** The column rules of a part (the shuffle column's when present), by name, for {@link ValueScreen}. */
    static java.util.Map<String, ColumnKind> screenRules() {
        java.util.Map<String, ColumnKind> rules = new java.util.LinkedHashMap<>();
        MssdImporter.LOG_RULES.forEach(r -> rules.put(r.name(), r.kind()));
        rules.put(SHUFFLE, ColumnKind.BOOL);
        return rules;
    }

    private String unionOfGoodRows() {
        List<String> selects = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            StagedFile p = parts.get(k);
            selects.add("SELECT " + k + " AS part, rowid AS r, session_id, CAST(session_position AS INTEGER) AS pos,"
                    + " track_id_clean AS track, " + ColumnKind.BOOL.typedSql("not_skipped") + " AS sat, "
                    + ColumnKind.MSSD_DATE.typedSql("date") + " AS d, date AS dt, context_type AS context, "
                    + (hasShuffle.get(k) ? ColumnKind.BOOL.typedSql(SHUFFLE) : "CAST(NULL AS BOOLEAN)") + " AS shuffle FROM "
                    + p.table() + " WHERE " + run.good(p, ""));
        }
        return String.join(" UNION ALL ", selects);
    }

    /**
     * A session may span part files, but a (session, position) pair is logged once in all of them. Each part was
     * checked on its own, so only the rows of sessions found in more than one part (few: those cut by a part's end)
     * can repeat a pair.
     */
    private void checkAcrossParts() throws SQLException {
        if (run.count("SELECT count(*) FROM " + SESSIONS + " WHERE p0 <> p1") == 0) {
            return;
        }
        String sql = "SELECT part, r, fp, fr FROM (SELECT part, r, first_value(part) OVER w AS fp, first_value(r) OVER w AS fr"
                + " FROM " + ROWS + " WHERE session_id IN (SELECT session_id FROM " + SESSIONS + " WHERE p0 <> p1)"
                + " WINDOW w AS (PARTITION BY session_id, pos ORDER BY part, r)) WHERE part <> fp"
                + " ORDER BY part, r LIMIT " + run.remaining();
        List<List<StagedFile.RowProblem>> found = new ArrayList<>();
        parts.forEach(p -> found.add(new ArrayList<>()));
        try (Statement s = run.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                StagedFile at = parts.get(r.getInt(1));
                StagedFile first = parts.get(r.getInt(3));
                long rowid = r.getLong(2);
                found.get(r.getInt(1)).add(new StagedFile.RowProblem(rowid, new Problem(at.displayName(), at.line(rowid),
                        "session_position", "duplicate session_id, session_position (first at " + first.displayName() + ":"
                        + first.line(r.getLong(4)) + ")")));
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            run.reject(parts.get(k), found.get(k));
        }
    }

    private void write() throws SQLException {
        run.progress("writing sessions");
        run.added("users", run.execute("INSERT INTO users (user_id) SELECT session_id FROM " + SESSIONS
                + " g WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = g.session_id) ORDER BY 1"));
        run.added("sessions", run.execute("INSERT INTO sessions (session_id, user_id, date, context, shuffle)"
                + " SELECT session_id, session_id, d, context, shuffle FROM " + SESSIONS + " ORDER BY session_id"));
        // folded straight into the store, in one pass over the staged rows (no intermediate table)
        long rows = run.count("SELECT count(*) FROM " + ROWS);
        // one (session, track) group per candidate: ~all rows. Over many millions of rows that table outgrows the memory
        // limit, so the sessions are folded in passes of about PASS_ROWS rows each, split by a hash of the session id
        long passes = Math.max(1, (rows + passRows - 1) / passRows);
        long candidates = 0;
        for (long p = 0; p < passes; p++) {
            candidates += run.execute("INSERT INTO candidates (session_id, track_id, logged_position, sat, plays)"
                    + " SELECT session_id, track, min(pos), arg_min(sat, pos), count(*) FROM " + ROWS
                    + (passes > 1 ? " WHERE hash(session_id) % " + passes + " = " + p : "") + " GROUP BY session_id, track");
        }
        run.added("candidates", candidates);
        long replayed = rows == candidates ? 0 : run.count("SELECT count(*) FROM candidates c WHERE plays > 1 AND c.session_id IN"
                + " (SELECT session_id FROM " + SESSIONS + ")");
        run.replays(new ImportSummary.Replays(rows - candidates, replayed));
        if (!tracksKnown) {
            run.added("tracks", run.execute("INSERT INTO tracks (track_id) SELECT DISTINCT track FROM " + ROWS
                    + " g WHERE NOT EXISTS (SELECT 1 FROM tracks t WHERE t.track_id = g.track) ORDER BY 1"));
        }
    }
}
