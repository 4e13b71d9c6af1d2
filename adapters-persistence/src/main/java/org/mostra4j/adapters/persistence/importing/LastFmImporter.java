package org.mostra4j.adapters.persistence.importing;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreException;

/**
 * Imports the Last.fm-1K listening log (TSV, no header, no quoting: {@code user_id, timestamp,
 * artist_mbid, artist_name, track_mbid, track_name}; MBIDs may be empty) in one transaction.
 *
 * <p>Mapping: every play becomes a history row (so Discovery sees real artists); artist id = the
 * MusicBrainz id, else {@code lastfm-artist:<name>}; track id = the MusicBrainz id, else
 * {@code lastfm-track:<artist id>/<name>}; a user's plays are cut into sessions where the pause between
 * two plays exceeds the gap (default 30 minutes); session id = {@code <user>:<n>} (n from 000001, in time
 * order), date = the first play's UTC date, context {@code lastfm}; candidates = the session's distinct
 * tracks in first-play order; SAT is unknown (the log has no skip signal); popularity = the percentile
 * rank of a track's play count within the file.
 */
public final class LastFmImporter {
    public static final List<String> COLUMNS = List.of("user_id", "timestamp", "artist_mbid", "artist_name",
            "track_mbid", "track_name");
    static final List<ColumnRule> RULES = List.of(ColumnRule.of("user_id", ColumnKind.ID),
            ColumnRule.of("timestamp", ColumnKind.TIMESTAMP), ColumnRule.of("artist_mbid", ColumnKind.OPTIONAL_ID),
            ColumnRule.of("artist_name", ColumnKind.OPTIONAL_TEXT), ColumnRule.of("track_mbid", ColumnKind.OPTIONAL_ID),
            ColumnRule.of("track_name", ColumnKind.OPTIONAL_TEXT));
    public static final Duration DEFAULT_GAP = Duration.ofMinutes(30);

    private final DuckDbStore store;
    private final long batchPlays;

    public LastFmImporter(DuckDbStore store) {
        this(store, LastFmLog.BATCH_PLAYS);
    }

    /** With users cut and written in ranges of about {@code batchPlays} plays (tests use small ranges). */
    LastFmImporter(DuckDbStore store, long batchPlays) {
        if (batchPlays < 1) {
            throw new IllegalArgumentException("batchPlays must be >= 1, was " + batchPlays);
        }
        this.store = store;
        this.batchPlays = batchPlays;
    }

    public Either<ImportFailure, ImportSummary> importLog(Path log, Duration gap, ImportOptions options) {
        return importLog(log, Optional.empty(), gap, options);
    }

    /**
     * Imports the log and, when given, the profile file {@code userid-profile.tsv} ({@code #id, gender, age,
     * country, registered}), whose attributes go to the users' rows.
     */
    public Either<ImportFailure, ImportSummary> importLog(Path log, Optional<Path> profiles, Duration gap, ImportOptions options) {
        if (gap.isNegative() || gap.isZero()) {
            throw new IllegalArgumentException("gap must be positive, was " + gap);
        }
        ImportRun run = ImportRun.prepare(store.connection(), options);
        try {
            Optional<StagedFile> staged = TextFiles.stage(run, log, TextDialect.TSV_NO_HEADER, COLUMNS, COLUMNS);
            Optional<LastFmProfiles> profile = Optional.empty();
            if (profiles.isPresent() && !run.overBudget()) {
                profile = LastFmProfiles.stage(run, profiles.get());
            }
            if (run.overBudget() || staged.isEmpty()) {
                return run.finish();
            }
            run.beginTransaction();
            new LastFmLog(run, staged.get(), gap, batchPlays).checkAndInsert();
            if (profile.isPresent() && !run.overBudget()) {
                profile.get().checkAndInsert();
            }
            if (!run.overBudget()) {
                run.execute("INSERT INTO imports SELECT coalesce(max(import_id), 0) + 1, 'lastfm', "
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
