package org.mostra4j.adapters.persistence.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a staged Last.fm-1K log, then writes users, artists, tracks, history, sessions and candidates. */
final class LastFmLog {
    /** Plays per batch of users cut and written together, by default (see {@link #userBatches()}). */
    static final long BATCH_PLAYS = 2_000_000;
    private static final String ARTIST = "coalesce(artist_mbid, 'lastfm-artist:' || trim(artist_name))";
    private final ImportRun run;
    private final StagedFile log;
    private final Duration gap;
    private final long batchPlays;

    LastFmLog(ImportRun run, StagedFile log, Duration gap, long batchPlays) {
        this.run = run;
        this.log = log;
        this.gap = gap;
        this.batchPlays = batchPlays;
    }

    void checkAndInsert() throws SQLException {
        run.progress("checking " + log.path().getFileName());
        String noControl = "contains(§, chr(30)) OR contains(§, chr(31))";
        new Checks(run, log).columns(LastFmImporter.RULES)
                .rule("artist_name", "artist_mbid IS NULL AND (artist_name IS NULL OR trim(artist_name) = '')",
                        "'an artist name is needed when artist_mbid is empty'")
                .rule("track_name", "track_mbid IS NULL AND (track_name IS NULL OR trim(track_name) = '')",
                        "'a track name is needed when track_mbid is empty'")
                .rule("artist_name", noControl.replace("§", "artist_name"), "'control characters in the name'")
                .rule("track_name", noControl.replace("§", "track_name"), "'control characters in the name'");
        if (run.overBudget()) {
            return;
        }
        run.progress("cutting sessions of " + log.path().getFileName());
        String track = "coalesce(track_mbid, 'lastfm-track:' || " + ARTIST + " || '/' || trim(track_name))";
        run.execute("CREATE TEMP TABLE lastfm_plays AS SELECT rowid AS r, user_id, "
                + ColumnKind.TIMESTAMP.typedSql("timestamp") + " AS ts, " + ARTIST + " AS artist_id, artist_name, "
                + track + " AS track_id FROM " + log.table() + " WHERE " + run.good(log, ""));
        try {
            List<String[]> batches = userBatches();
            writeCatalog();
            for (int b = 0; b < batches.size() && !run.overBudget(); b++) {
                String[] users = batches.get(b);
                if (batches.size() > 1) {
                    run.progress(String.format(Locale.ROOT, "sessions of users %s … %s (%d/%d)", users[0], users[1], b + 1,
                            batches.size()));
                }
                writeBatch("user_id BETWEEN " + Sql.literal(users[0]) + " AND " + Sql.literal(users[1]));
            }
        } finally {
            run.dropQuietly("TABLE", "lastfm_plays");
            run.dropQuietly("TABLE", "lastfm_cut");
            run.dropQuietly("TABLE", "lastfm_folded");
        }
    }

    /**
     * Users in name order, cut into ranges of about {@code batchPlays} plays. Sessions, history and candidates
     * are a user's own, so each range is cut and written on its own: every sort then fits in memory, where one
     * sort over the whole log (19 M plays) spilled to disk and ran several times slower per play than at 1 M.
     * Ranges follow user order, so the rows still land in the store ordered by user.
     */
    private List<String[]> userBatches() throws SQLException {
        List<String[]> batches = new ArrayList<>();
        String sql = "SELECT min(user_id), max(user_id) FROM (SELECT user_id, (sum(plays) OVER (ORDER BY user_id) - plays) // "
                + batchPlays + " AS batch FROM (SELECT user_id, count(*) AS plays FROM lastfm_plays GROUP BY user_id))"
                + " GROUP BY batch ORDER BY batch";
        long t = System.nanoTime();
        try (Statement s = run.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                batches.add(new String[] {r.getString(1), r.getString(2)});
            }
        } finally {
            Trace.sql(sql, t);
        }
        return batches;
    }

    /** Users, artists and tracks: one aggregate each over the whole log (popularity ranks every track's plays). */
    private void writeCatalog() throws SQLException {
        run.progress("writing users, artists and tracks of " + log.path().getFileName());
        run.added("users", run.execute("INSERT INTO users (user_id) SELECT DISTINCT user_id FROM lastfm_plays p"
                + " WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = p.user_id) ORDER BY 1"));
        run.added("artists", run.execute("INSERT INTO artists SELECT artist_id, arg_min(trim(artist_name), r) FROM lastfm_plays p"
                + " WHERE NOT EXISTS (SELECT 1 FROM artists a WHERE a.artist_id = p.artist_id) GROUP BY artist_id ORDER BY 1"));
        run.added("tracks", run.execute("INSERT INTO tracks (track_id, artist_id, popularity) SELECT track_id, artist,"
                + " percent_rank() OVER (ORDER BY plays) FROM (SELECT track_id, arg_min(artist_id, r) AS artist, count(*) AS plays"
                + " FROM lastfm_plays p WHERE NOT EXISTS (SELECT 1 FROM tracks t WHERE t.track_id = p.track_id)"
                + " GROUP BY track_id) ORDER BY track_id"));
    }

    /** Cuts the sessions of the users {@code inRange} selects, checks them against the store and writes them. */
    private void writeBatch(String inRange) throws SQLException {
        // k orders a user's plays by (ts, r); a session is a run of plays with no pause longer than the gap
        String isNew = "CASE WHEN lag(ts) OVER w IS NULL OR ts - lag(ts) OVER w > INTERVAL '" + gap.toSeconds()
                + " seconds' THEN 1 ELSE 0 END";
        run.execute("CREATE OR REPLACE TEMP TABLE lastfm_cut AS SELECT user_id || ':' || lpad(CAST(n AS VARCHAR), 6, '0')"
                + " AS session_id, r, k, user_id, ts, track_id FROM (SELECT *, sum(fresh) OVER (PARTITION BY user_id ORDER BY k"
                + " ROWS UNBOUNDED PRECEDING) AS n FROM (SELECT r, user_id, ts, track_id, " + isNew + " AS fresh, row_number()"
                + " OVER w AS k FROM lastfm_plays WHERE " + inRange + " WINDOW w AS (PARTITION BY user_id ORDER BY ts, r)))");
        run.check(log, "SELECT min(r), 'user_id', 'session already in the store: ' || session_id FROM lastfm_cut f"
                + " WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.session_id = f.session_id) GROUP BY session_id ORDER BY 1");
        if (run.overBudget()) {
            return;
        }
        // k is the (ts, file line) order within the user: one integer to sort on after the user instead of ts and a track id
        run.added("history", run.execute("INSERT INTO history SELECT user_id, track_id, ts, 1 FROM lastfm_cut ORDER BY user_id, k"));
        run.added("sessions", run.execute("INSERT INTO sessions (session_id, user_id, date, context) SELECT session_id, user_id,"
                + " CAST(min(ts) AS DATE), 'lastfm' FROM lastfm_cut GROUP BY session_id, user_id ORDER BY session_id"));
        // replays: a track played again in the same session stays one candidate, at its first play, with its play count
        run.execute("CREATE OR REPLACE TEMP TABLE lastfm_folded AS SELECT session_id, track_id, min(k) AS first, count(*) AS plays"
                + " FROM lastfm_cut GROUP BY session_id, track_id");
        // candidates are read by session through their key, never in storage order: no sort of ~all plays here (as MSSD)
        run.added("candidates", run.execute("INSERT INTO candidates (session_id, track_id, logged_position, sat, plays)"
                + " SELECT session_id, track_id, row_number() OVER (PARTITION BY session_id ORDER BY first), NULL, plays"
                + " FROM lastfm_folded"));
        long[] replays = run.longs("SELECT coalesce(sum(plays - 1), 0), count(*) FILTER (WHERE plays > 1) FROM lastfm_folded", 2);
        run.replays(new ImportSummary.Replays(replays[0], replays[1]));
    }
}
