package org.mostra4j.adapters.persistence.importing;

import java.sql.SQLException;

/** Checks a staged MSSD log and writes its users (proxies), sessions, candidates and unseen tracks. */
final class MssdLog {
    private final ImportRun run;
    private final StagedFile log;
    private final boolean tracksKnown;

    MssdLog(ImportRun run, StagedFile log, boolean tracksKnown) {
        this.run = run;
        this.log = log;
        this.tracksKnown = tracksKnown;
    }

    void checkAndInsert() throws SQLException {
        run.progress("checking " + log.path().getFileName());
        Checks checks = new Checks(run, log).columns(MssdImporter.LOG_RULES)
                .rule("session_position", "CAST(session_position AS INTEGER) > CAST(session_length AS INTEGER)",
                        "'session_position ' || session_position || ' is beyond session_length ' || session_length")
                // positions are validated as plain decimals, so text equality is number equality
                .unique(java.util.List.of(
                        new Checks.Key(java.util.List.of("session_id", "session_position"), "session_position",
                                "session_id, session_position"),
                        new Checks.Key(java.util.List.of("session_id", "track_id_clean"), "track_id_clean",
                                "track in this session: a track appears once per session")))
                .lookup("session_id", java.util.List.of("§session_id"), "sessions", java.util.List.of("session_id"), true,
                        "'session already in the store: ' || §session_id");
        if (tracksKnown) {
            checks.lookup("track_id_clean", java.util.List.of("§track_id_clean"), "tracks", java.util.List.of("track_id"), false,
                    "'unknown track ''' || §track_id_clean || ''' (not in the features file or the store)'");
        }
        if (run.overBudget()) {
            return;
        }
        run.progress("writing sessions of " + log.path().getFileName());
        String good = "(SELECT * FROM " + log.table() + " WHERE " + run.good(log, "") + ")";
        String date = ColumnKind.MSSD_DATE.typedSql("date");
        run.added("users", run.execute("INSERT INTO users (user_id) SELECT DISTINCT session_id FROM " + good
                + " g WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = g.session_id)"));
        run.added("sessions", run.execute("INSERT INTO sessions SELECT session_id, session_id, arg_min(" + date
                + ", CAST(session_position AS INTEGER)), arg_min(context_type, CAST(session_position AS INTEGER)) FROM "
                + good + " GROUP BY session_id ORDER BY session_id"));
        run.added("candidates", run.execute("INSERT INTO candidates SELECT session_id, track_id_clean,"
                + " CAST(session_position AS INTEGER), lower(not_skipped) = 'true' FROM " + good));
        if (!tracksKnown) {
            run.added("tracks", run.execute("INSERT INTO tracks (track_id) SELECT DISTINCT track_id_clean FROM " + good
                    + " g WHERE NOT EXISTS (SELECT 1 FROM tracks t WHERE t.track_id = g.track_id_clean) ORDER BY 1"));
        }
    }
}
