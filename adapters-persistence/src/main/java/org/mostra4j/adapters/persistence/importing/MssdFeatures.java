package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An MSSD track-features file: {@code track_id, duration, release_year, us_popularity_estimate} then any
 * number of numeric feature columns ({@code mode} is major/minor). Tracks already in the store are left
 * as they are, so the same features file may accompany every log file.
 */
final class MssdFeatures {
    static final List<ColumnRule> FIXED = List.of(ColumnRule.of("track_id", ColumnKind.ID),
            ColumnRule.of("duration", ColumnKind.OPTIONAL_NONNEG), ColumnRule.of("release_year", ColumnKind.OPTIONAL_INT),
            ColumnRule.of("us_popularity_estimate", ColumnKind.PERCENT));
    static final String PROXY_ARTIST = "mssd-lowpop:";

    private final ImportRun run;
    private final StagedFile file;
    private final List<ColumnRule> featureRules;

    private MssdFeatures(ImportRun run, StagedFile file, List<ColumnRule> featureRules) {
        this.run = run;
        this.file = file;
        this.featureRules = featureRules;
    }

    /**
     * Stages one features file; a later file of the same import must have the header of the first
     * ({@code like}), since the feature columns become the same {@code f_0 …} of every track.
     */
    static Optional<MssdFeatures> stage(ImportRun run, Path path, Optional<MssdFeatures> like) throws IOException, SQLException {
        String display = path.toString();
        if (!Files.isRegularFile(path)) {
            run.fatal(new Problem(display, 0, "-", "no such file"));
            return Optional.empty();
        }
        if (InputFiles.isParquet(path)) {
            run.fatal(new Problem(display, 0, "-", "track features are read from CSV files (optionally .csv.gz)"));
            return Optional.empty();
        }
        LineLayout layout = LineLayout.scan(path, '"');
        List<String> names = HeaderLine.split(layout.header(), TextDialect.CSV);
        List<String> fixed = FIXED.stream().map(ColumnRule::name).toList();
        if (names.size() < fixed.size() || !names.subList(0, fixed.size()).equals(fixed)
                || new HashSet<>(names).size() != names.size()) {
            run.fatal(new Problem(display, 1, "-", "the header must start with " + String.join(", ", fixed)
                    + " followed by distinct feature column names"));
            return Optional.empty();
        }
        if (like.isPresent() && !names.equals(like.get().file.columns())) {
            run.fatal(new Problem(display, 1, "-", "the header differs from the first features file's ("
                    + like.get().file.displayName() + "); every features file must have the same columns"));
            return Optional.empty();
        }
        List<ColumnRule> featureRules = new ArrayList<>();
        for (String n : names.subList(fixed.size(), names.size())) {
            featureRules.add(ColumnRule.of(n, n.equals("mode") ? ColumnKind.MAJOR_MINOR : ColumnKind.REAL));
        }
        Optional<StagedFile> staged = TextFiles.stage(run, path, TextDialect.CSV, names, names);
        return staged.map(s -> new MssdFeatures(run, s, featureRules));
    }

    /**
     * Checks every features file, then writes their tracks; the emerging threshold is the percentile of
     * the popularity over all of them (the files are one table split for size). A track already in the
     * store, or in an earlier features file, keeps its first row.
     */
    static void checkAndInsert(ImportRun run, List<MssdFeatures> files, double percentile) throws SQLException {
        for (MssdFeatures f : files) {
            f.check();
        }
        if (files.isEmpty() || run.overBudget()) {
            return;
        }
        String all = files.stream().map(f -> "SELECT us_popularity_estimate FROM " + f.good())
                .collect(Collectors.joining(" UNION ALL "));
        double threshold = run.real("SELECT coalesce(quantile_cont(CAST(us_popularity_estimate AS DOUBLE), " + percentile
                + "), -1) FROM (" + all + ")");
        for (MssdFeatures f : files) {
            f.insert(threshold);
        }
    }

    private String good() {
        return "(SELECT * FROM " + file.table() + " WHERE " + run.good(file, "") + ")";
    }

    private void check() throws SQLException {
        run.progress("checking " + file.path().getFileName());
        List<ColumnRule> rules = new ArrayList<>(FIXED);
        rules.addAll(featureRules);
        new Checks(run, file).columns(rules).unique("track_id", List.of("track_id"), "track_id");
    }

    private void insert(double threshold) throws SQLException {
        run.progress("writing tracks of " + file.path().getFileName());
        List<ColumnRule> rules = new ArrayList<>(FIXED);
        rules.addAll(featureRules);
        String features = featureRules.isEmpty() ? "NULL" : featureRules.stream()
                .map(r -> "CAST(" + r.typed() + " AS FLOAT)").collect(Collectors.joining(", ", "[", "]"));
        String fresh = good() + " g WHERE NOT EXISTS (SELECT 1 FROM tracks t WHERE t.track_id = g.track_id)";
        String lowPop = "CAST(us_popularity_estimate AS DOUBLE) < " + threshold;
        run.added("artists", run.execute("INSERT INTO artists SELECT '" + PROXY_ARTIST + "' || track_id, 'low-popularity proxy'"
                + " FROM " + fresh + " AND " + lowPop + " ORDER BY 1"));
        run.added("tracks", run.execute("INSERT INTO tracks SELECT track_id, CASE WHEN " + lowPop + " THEN '" + PROXY_ARTIST
                + "' || track_id END, " + rules.get(1).typed() + ", " + rules.get(2).typed() + ", "
                + rules.get(3).typed() + " / 100.0, " + features + " FROM " + fresh + " ORDER BY track_id"));
        recordFeatureNames();
    }

    private void recordFeatureNames() throws SQLException {
        if (featureRules.isEmpty() || run.count("SELECT count(*) FROM dataset_columns WHERE table_name = 'tracks'") > 0) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < featureRules.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("('tracks', ").append(i).append(", 'f_").append(i).append("')");
        }
        run.execute("INSERT INTO dataset_columns VALUES " + values);
    }

    /** Lists this file's low-popularity proxy artists as emerging over the dates of the log just written. */
    void insertEmerging(String range) throws SQLException {
        run.added("emerging_artists", run.execute("INSERT INTO emerging_artists SELECT t.artist_id, r.d0, r.d1 FROM tracks t, "
                + range + " r WHERE r.d0 IS NOT NULL AND t.artist_id LIKE '" + PROXY_ARTIST + "%' AND t.track_id IN (SELECT track_id FROM "
                + file.table() + " WHERE " + run.good(file, "") + ") ORDER BY 1"));
    }
}
