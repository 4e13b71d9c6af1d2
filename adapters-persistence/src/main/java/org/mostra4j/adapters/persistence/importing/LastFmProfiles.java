package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Last.fm-1K's profile file {@code userid-profile.tsv}: a header {@code #id, gender, age, country, registered}
 * then one user per line, any field but the id blank, {@code registered} like {@code Aug 13, 2006}. The
 * attributes go to the user's row (added when the log had no play of that user); a user already holding
 * attributes gets the file's values.
 */
final class LastFmProfiles {
    static final List<String> COLUMNS = List.of("#id", "gender", "age", "country", "registered");
    static final List<ColumnRule> RULES = List.of(ColumnRule.of("#id", ColumnKind.ID),
            ColumnRule.of("gender", ColumnKind.OPTIONAL_TEXT), ColumnRule.of("age", ColumnKind.OPTIONAL_INT),
            ColumnRule.of("country", ColumnKind.OPTIONAL_TEXT), ColumnRule.of("registered", ColumnKind.OPTIONAL_LASTFM_DATE));
    private static final TextDialect TSV = new TextDialect('\t', false, true);

    private final ImportRun run;
    private final StagedFile file;

    private LastFmProfiles(ImportRun run, StagedFile file) {
        this.run = run;
        this.file = file;
    }

    static Optional<LastFmProfiles> stage(ImportRun run, Path path) throws IOException, SQLException {
        return TextFiles.stage(run, path, TSV, COLUMNS, COLUMNS).map(f -> new LastFmProfiles(run, f));
    }

    void checkAndInsert() throws SQLException {
        run.progress("checking " + file.path().getFileName());
        new Checks(run, file).columns(RULES).unique("#id", List.of("\"#id\""), "user id");
        if (run.overBudget()) {
            return;
        }
        run.progress("writing profiles of " + file.path().getFileName());
        String id = Sql.identifier("#id");
        String good = "(SELECT " + id + " AS user_id, nullif(trim(gender), '') AS gender, " + RULES.get(2).typed() + " AS age,"
                + " nullif(trim(country), '') AS country, " + RULES.get(4).typed() + " AS registered FROM " + file.table()
                + " WHERE " + run.good(file, "") + ")";
        run.added("users", run.execute("INSERT INTO users (user_id) SELECT user_id FROM " + good
                + " p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = p.user_id) ORDER BY 1"));
        run.added("user profiles", run.execute("UPDATE users SET gender = p.gender, age = p.age, country = p.country,"
                + " registered = p.registered FROM " + good + " p WHERE users.user_id = p.user_id"));
    }
}
