package org.mostra4j.adapters.persistence.importing;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Booleans arrive as {@code true/false} in any case or {@code 1/0}. Only the columns used are checked
 * beyond the column count.
 *
 * <p>As released: the log may be many part files and the features several files; each input is a file
 * or a folder (every {@code *.csv}, {@code *.csv.gz} and {@code *.parquet} in it), and all of them are one
 * all-or-nothing import. Columns come in any order; those this importer does not know (a pandas index
 * column, a model's {@code skip_prediction}) are ignored with one warning naming them; a missing required
 * column is an error naming it. Replays within a session are folded (see {@link MssdLog}).
 */
public final class MssdImporter {
    /** The 21 columns of an MSSD log file, in file order. */
    public static final List<String> LOG_COLUMNS = List.of("session_id", "session_position", "session_length",
            "track_id_clean", "skip_1", "skip_2", "skip_3", "not_skipped", "context_switch", "no_pause_before_play",
            "short_pause_before_play", "long_pause_before_play", "hist_user_behavior_n_seekfwd",
            "hist_user_behavior_n_seekback", "hist_user_behavior_is_shuffle", "hour_of_day", "date", "premium",
            "context_type", "hist_user_behavior_reason_start", "hist_user_behavior_reason_end");
    /** The log columns an import cannot do without. */
    static final List<String> REQUIRED = List.of("session_id", "session_position", "session_length", "track_id_clean",
            "not_skipped", "date", "context_type");
    /**
     * The log columns the import reads. The others are known (not warned about); a part the scan screened clean is
     * staged with these alone, which the reader materializes in far less time than all 21 as text.
     */
    static final List<String> USED = List.of("session_id", "session_position", "session_length", "track_id_clean",
            "not_skipped", "date", "context_type", "hist_user_behavior_is_shuffle");
    static final List<ColumnRule> LOG_RULES = List.of(ColumnRule.of("session_id", ColumnKind.ID),
            ColumnRule.of("session_position", ColumnKind.POSITIVE_INT), ColumnRule.of("session_length", ColumnKind.POSITIVE_INT),
            ColumnRule.of("track_id_clean", ColumnKind.ID), ColumnRule.of("not_skipped", ColumnKind.BOOL),
            ColumnRule.of("date", ColumnKind.MSSD_DATE), ColumnRule.of("context_type", ColumnKind.TEXT));

    private final DuckDbStore store;
    private final long passRows;
    private final boolean screen;

    public MssdImporter(DuckDbStore store) {
        this(store, MssdLog.PASS_ROWS, true);
    }

    /** With candidates folded in passes of about {@code passRows} rows (tests use small passes). */
    MssdImporter(DuckDbStore store, long passRows) {
        this(store, passRows, true);
    }

    /**
     * As above; {@code screen} false leaves every column check to SQL (tests compare both ways, see
     * {@link ValueScreen}).
     */
    MssdImporter(DuckDbStore store, long passRows, boolean screen) {
        if (passRows < 1) {
            throw new IllegalArgumentException("passRows must be >= 1, was " + passRows);
        }
        this.store = store;
        this.passRows = passRows;
        this.screen = screen;
    }

    /**
     * The optional inputs besides the log.
     *
     * @param features           the track-features CSV
     * @param boosts             a canonical boosts CSV ({@code track_id, valid_from, valid_to})
     * @param emergingPercentile in (0,1): the popularity percentile below which a track counts as emerging
     */
    public record Extras(List<Path> features, Optional<Path> boosts, double emergingPercentile) {
        public Extras {
            features = List.copyOf(features);
            java.util.Objects.requireNonNull(boosts, "boosts");
            if (!(emergingPercentile > 0 && emergingPercentile < 1)) {
                throw new IllegalArgumentException("emergingPercentile must be in (0,1), was " + emergingPercentile);
            }
        }

        /** At most one features input (a file or a folder). */
        public Extras(Optional<Path> features, Optional<Path> boosts, double emergingPercentile) {
            this(features.stream().toList(), boosts, emergingPercentile);
        }

        public static Extras none() {
            return new Extras(List.of(), Optional.empty(), 0.10);
        }
    }

    /** Imports one log input (a file or a folder of part files). */
    public Either<ImportFailure, ImportSummary> importLog(Path log, Extras extras, ImportOptions options) {
        return importLogs(List.of(log), extras, options);
    }

    /** Imports every part file of the log inputs (files or folders), all or nothing. */
    public Either<ImportFailure, ImportSummary> importLogs(List<Path> logs, Extras extras, ImportOptions options) {
        ImportRun run = ImportRun.prepare(store.connection(), options);
        String where = logs.size() == 1 ? logs.get(0).toString() : logs.size() + " log inputs";
        try {
            List<Path> partFiles = InputFiles.expand(run, logs);
            List<Path> featureFiles = extras.features().isEmpty() ? List.of() : InputFiles.expand(run, extras.features());
            List<StagedFile> parts = new ArrayList<>();
            List<Boolean> shuffle = new ArrayList<>();
            Set<String> ignored = new LinkedHashSet<>();
            ImportProgress progress = new ImportProgress(run, partFiles);
            // the next parts are scanned (and inflated) on the second core while DuckDB stages this one, with one
            // thread: a part is about one row group, so a second DuckDB thread mostly contends with the scan (measured:
            // staging a part took longer with two, and the import 0.9 CPU-s more)
            long threads0 = run.count("SELECT CAST(current_setting('threads') AS BIGINT)");
            run.execute("SET threads = 1");
            try (PartScans scans = new PartScans(partFiles, TextDialect.CSV.quoteByte(), TextFiles.tempDir(),
                    screen ? MssdLog.screenRules() : java.util.Map.of())) {
                for (int k = 0; k < partFiles.size() && !run.overBudget(); k++) {
                    Optional<TextFiles.Named> named;
                    boolean screened;
                    try (PartScan scan = scans.take(k)) {
                        // a screened part cannot hold a malformed row, so its unused columns need not be read at all
                        named = TextFiles.stageNamed(run, scan, REQUIRED, LOG_COLUMNS, scan.screened() ? USED : LOG_COLUMNS);
                        screened = scan.screened();
                    }
                    if (named.isPresent()) {
                        boolean hasShuffle = named.get().file().columns().contains(MssdLog.SHUFFLE);
                        if (!run.overBudget()) {
                            MssdLog.checkRows(run, named.get().file(), hasShuffle, screened);
                        }
                        parts.add(named.get().file());
                        shuffle.add(hasShuffle);
                        ignored.addAll(named.get().ignored());
                        progress.staged(partFiles.get(k), named.get().file());
                    }
                }
            } finally {
                run.execute("SET threads = " + threads0);
            }
            if (!ignored.isEmpty()) {
                run.warn("ignored columns that are not part of the MSSD log format: " + String.join(", ", ignored));
            }
            List<MssdFeatures> features = new ArrayList<>();
            for (Path f : featureFiles) {
                if (!run.overBudget()) {
                    MssdFeatures.stage(run, f, features.isEmpty() ? Optional.empty() : Optional.of(features.get(0))).ifPresent(features::add);
                }
            }
            Optional<CanonicalTableLoad> boosts = Optional.empty();
            if (extras.boosts().isPresent() && !run.overBudget()) {
                CanonicalTableLoad load = new CanonicalTableLoad(run, CanonicalTable.BOOSTS, extras.boosts().get());
                load.stage();
                boosts = Optional.of(load);
            }
            if (run.overBudget() || parts.isEmpty()) {
                return run.finish();
            }
            run.beginTransaction();
            MssdFeatures.checkAndInsert(run, features, extras.emergingPercentile());
            MssdLog log = new MssdLog(run, parts, shuffle, !features.isEmpty(), passRows);
            boolean written = !run.overBudget() && log.checkAndInsert();
            if (written) {
                for (MssdFeatures f : features) {
                    f.insertEmerging(log.dateRange());
                }
            }
            if (boosts.isPresent() && !run.overBudget()) {
                boosts.get().checkAndInsert();
            }
            if (!run.overBudget()) {
                String location = logs.stream().map(p -> p.toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(" "));
                run.execute("INSERT INTO imports SELECT coalesce(max(import_id), 0) + 1, 'mssd', "
                        + Sql.literal(location) + ", " + run.addedTotal() + ", " + run.problemCount()
                        + ", now()::TIMESTAMP FROM imports");
            }
            return run.finish();
        } catch (SQLException | IOException | RuntimeException e) {
            run.rollback();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(where + ": import failed, nothing was written: " + DuckDbStoreMessages.firstLine(e), e);
        }
    }
}
