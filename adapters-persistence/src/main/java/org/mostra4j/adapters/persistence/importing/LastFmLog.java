package org.mostra4j.adapters.persistence.importing;

import java.sql.SQLException;
import java.time.Duration;

/** Checks a staged Last.fm-1K log, then writes users, artists, tracks, history, sessions and candidates. */
final class LastFmLog {
    private static final String ARTIST = "coalesce(artist_mbid, 'lastfm-artist:' || trim(artist_name))";
    private final ImportRun run;
    private final StagedFile log;
    private final Duration gap;

    LastFmLog(ImportRun run, StagedFile log, Duration gap) {
        this.run = run;
        this.log = log;
        this.gap = gap;
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
            cutSessions();
            run.check(log, "SELECT f.first_r, 'user_id', 'session already in the store: ' || f.session_id FROM lastfm_sessions f"
                    + " WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.session_id = f.session_id) ORDER BY f.first_r");
            if (!run.overBudget()) {
                write();
            }
        } finally {
            run.dropQuietly("TABLE", "lastfm_plays");
            run.dropQuietly("TABLE", "lastfm_sessions");
        }
    }

    private void cutSessions() throws SQLException {
        String isNew = "CASE WHEN lag(ts) OVER w IS NULL OR ts - lag(ts) OVER w > INTERVAL '" + gap.toSeconds()
                + " seconds' THEN 1 ELSE 0 END";
        run.execute("CREATE TEMP TABLE lastfm_sessions AS WITH marked AS (SELECT *, " + isNew + " AS fresh FROM lastfm_plays"
                + " WINDOW w AS (PARTITION BY user_id ORDER BY ts, r)), numbered AS (SELECT *, sum(fresh) OVER"
                + " (PARTITION BY user_id ORDER BY ts, r ROWS UNBOUNDED PRECEDING) AS n FROM marked)"
                + " SELECT user_id || ':' || lpad(CAST(n AS VARCHAR), 6, '0') AS session_id, r, user_id, ts, track_id,"
                + " min(r) OVER (PARTITION BY user_id, n) AS first_r FROM numbered");
    }

    private void write() throws SQLException {
        run.progress("writing " + log.path().getFileName());
        run.added("users", run.execute("INSERT INTO users (user_id) SELECT DISTINCT user_id FROM lastfm_plays p"
                + " WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = p.user_id) ORDER BY 1"));
        run.added("artists", run.execute("INSERT INTO artists SELECT artist_id, arg_min(trim(artist_name), r) FROM lastfm_plays p"
                + " WHERE NOT EXISTS (SELECT 1 FROM artists a WHERE a.artist_id = p.artist_id) GROUP BY artist_id ORDER BY 1"));
        run.added("tracks", run.execute("INSERT INTO tracks (track_id, artist_id, popularity) SELECT track_id, artist,"
                + " percent_rank() OVER (ORDER BY plays) FROM (SELECT track_id, arg_min(artist_id, r) AS artist, count(*) AS plays"
                + " FROM lastfm_plays p WHERE NOT EXISTS (SELECT 1 FROM tracks t WHERE t.track_id = p.track_id)"
                + " GROUP BY track_id) ORDER BY track_id"));
        run.added("history", run.execute("INSERT INTO history SELECT user_id, track_id, ts, 1 FROM lastfm_plays"
                + " ORDER BY user_id, ts, track_id"));
        run.added("sessions", run.execute("INSERT INTO sessions (session_id, user_id, date, context) SELECT session_id, user_id, CAST(min(ts) AS DATE), 'lastfm'"
                + " FROM lastfm_sessions GROUP BY session_id, user_id ORDER BY session_id"));
        // replays: a track played again in the same session stays one candidate, at its first play, with its play count
        run.added("candidates", run.execute("INSERT INTO candidates (session_id, track_id, logged_position, sat, plays)"
                + " SELECT session_id, track_id, row_number() OVER (PARTITION BY session_id ORDER BY ts, r), NULL, plays FROM"
                + " (SELECT *, count(*) OVER (PARTITION BY session_id, track_id) AS plays FROM lastfm_sessions QUALIFY"
                + " row_number() OVER (PARTITION BY session_id, track_id ORDER BY ts, r) = 1) ORDER BY session_id, 3"));
        long[] replays = run.longs("SELECT count(*) - count(DISTINCT (session_id, track_id)), "
                + "(SELECT count(*) FROM (SELECT 1 FROM lastfm_sessions GROUP BY session_id, track_id HAVING count(*) > 1))"
                + " FROM lastfm_sessions", 2);
        run.replays(new ImportSummary.Replays(replays[0], replays[1]));
    }
}
