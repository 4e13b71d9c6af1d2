package org.mostra4j.adapters.persistence.importing;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreException;

/**
 * Imports a Spotify Music Streaming Sessions Dataset (MSSD) log CSV, with its track-features CSV when
 * given, in one transaction.
 *
 * <p>MSSD has no user and no artist ids, so the store is filled with documented proxies:
 * <ul>
 *   <li><b>user</b>: one user per session (user id = session id), so histories are empty and Discovery
 *       reduces to "new within the session";</li>
 *   <li><b>artist</b>: unknown ({@code artist_id} empty), except the proxy below;</li>
 *   <li><b>Exposure</b>: only with the features file: tracks whose {@code us_popularity_estimate} is below
 *       the given percentile (default 10%) of the features file get a one-track proxy artist
 *       {@code mssd-lowpop:<track_id>}, listed as emerging over the log's date range;</li>
 *   <li><b>Boost</b>: none, unless a canonical boosts file is supplied;</li>
 *   <li><b>SAT</b> = {@code not_skipped}; logged position = {@code session_position}; session date and
 *       context = {@code date} and {@code context_type} of the session's first position;</li>
 *   <li><b>popularity</b> = {@code us_popularity_estimate} / 100; content features = the remaining
 *       numeric feature columns in file order ({@code mode}: major = 1, minor = 0), stored as
 *       {@code f_0 …}. Without the features file tracks carry no popularity or features.</li>
 * </ul>
 * Dates arrive as {@code 2018-07-15} or day-month-year {@code 15-07-18}; the shape decides, never a guess.
 * Booleans arrive as {@code true/false} in any case. Only the columns used are checked beyond the
 * column count.
 */
public final class MssdImporter {
    /** The 21 columns of an MSSD log file, in file order. */
    public static final List<String> LOG_COLUMNS = List.of("session_id", "session_position", "session_length",
            "track_id_clean", "skip_1", "skip_2", "skip_3", "not_skipped", "context_switch", "no_pause_before_play",
            "short_pause_before_play", "long_pause_before_play", "hist_user_behavior_n_seekfwd",
            "hist_user_behavior_n_seekback", "hist_user_behavior_is_shuffle", "hour_of_day", "date", "premium",
            "context_type", "hist_user_behavior_reason_start", "hist_user_behavior_reason_end");
    static final List<ColumnRule> LOG_RULES = List.of(ColumnRule.of("session_id", ColumnKind.ID),
            ColumnRule.of("session_position", ColumnKind.POSITIVE_INT), ColumnRule.of("session_length", ColumnKind.POSITIVE_INT),
            ColumnRule.of("track_id_clean", ColumnKind.ID), ColumnRule.of("not_skipped", ColumnKind.BOOL),
            ColumnRule.of("date", ColumnKind.MSSD_DATE), ColumnRule.of("context_type", ColumnKind.TEXT));

    private final DuckDbStore store;

    public MssdImporter(DuckDbStore store) {
        this.store = store;
    }

    /**
     * The optional inputs besides the log.
     *
     * @param features           the track-features CSV
     * @param boosts             a canonical boosts CSV ({@code track_id, valid_from, valid_to})
     * @param emergingPercentile in (0,1): the popularity percentile below which a track counts as emerging
     */
    public record Extras(Optional<Path> features, Optional<Path> boosts, double emergingPercentile) {
        public Extras {
            if (!(emergingPercentile > 0 && emergingPercentile < 1)) {
                throw new IllegalArgumentException("emergingPercentile must be in (0,1), was " + emergingPercentile);
            }
        }

        public static Extras none() {
            return new Extras(Optional.empty(), Optional.empty(), 0.10);
        }
    }

    public Either<ImportFailure, ImportSummary> importLog(Path log, Extras extras, ImportOptions options) {
        ImportRun run = ImportRun.prepare(store.connection(), options);
        try {
            Optional<StagedFile> staged = TextFiles.stage(run, log, TextDialect.CSV, LOG_COLUMNS,
                    LOG_RULES.stream().map(ColumnRule::name).toList());
            Optional<MssdFeatures> features = Optional.empty();
            if (extras.features().isPresent() && !run.overBudget()) {
                features = MssdFeatures.stage(run, extras.features().get());
            }
            Optional<CanonicalTableLoad> boosts = Optional.empty();
            if (extras.boosts().isPresent() && !run.overBudget()) {
                CanonicalTableLoad load = new CanonicalTableLoad(run, CanonicalTable.BOOSTS, extras.boosts().get());
                load.stage();
                boosts = Optional.of(load);
            }
            if (run.overBudget() || staged.isEmpty()) {
                return run.finish();
            }
            run.beginTransaction();
            if (features.isPresent()) {
                features.get().checkAndInsert(extras.emergingPercentile());
            }
            if (!run.overBudget()) {
                new MssdLog(run, staged.get(), features.isPresent()).checkAndInsert();
            }
            if (features.isPresent() && !run.overBudget()) {
                features.get().insertEmerging(staged.get());
            }
            if (boosts.isPresent() && !run.overBudget()) {
                boosts.get().checkAndInsert();
            }
            if (!run.overBudget()) {
                run.execute("INSERT INTO imports SELECT coalesce(max(import_id), 0) + 1, 'mssd', "
                        + Sql.literal(log.toAbsolutePath().toString()) + ", " + run.addedTotal() + ", " + run.problemCount()
                        + ", now()::TIMESTAMP FROM imports");
            }
            return run.finish();
        } catch (SQLException | IOException | RuntimeException e) {
            run.rollback();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(log + ": import failed, nothing was written: " + DuckDbStoreMessages.firstLine(e), e);
        }
    }
}
