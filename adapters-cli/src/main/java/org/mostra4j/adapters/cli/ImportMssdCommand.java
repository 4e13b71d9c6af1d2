package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.persistence.importing.MssdImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import mssd}: a Spotify Music Streaming Sessions Dataset log, with its track features. */
@Command(footerHeading = "%nExamples:%n", footer = {
        "  ./mostra4j import mssd --db mssd.duckdb --log log_0_20180715_000000000000.csv --features tf_000000000000.csv",
        "  ./mostra4j import mssd --db mssd.duckdb --log training_set/ --features track_features/",
        "  ./mostra4j import mssd --db mssd.duckdb --log log_0_20180715_000000000000.csv.gz --log log_0_20180716_000000000000.csv.gz"},
        name = "mssd", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import an MSSD log (part files: CSV, CSV.gz or Parquet) and optionally its track-features CSV files,"
                + " all or nothing. Columns in any order; unknown columns are ignored with a warning.",
                "Replays (a track played again in its session) are folded: the track stays once, at its first position"
                        + " with that play's outcome, and keeps its play count; the summary says how many were folded.",
                "Proxies: one user per session; artist unknown; Exposure = tracks below the emerging percentile of "
                        + "us_popularity_estimate (needs --features); Boost only from --boosts; SAT = not_skipped."})
final class ImportMssdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions database = new DatabaseOptions();
    @Option(names = "--log", required = true, paramLabel = "FILE|DIR", description = "An MSSD log file, or a folder of "
            + "part files (every *.csv, *.csv.gz, *.parquet in it); repeat for more.")
    List<Path> logs = new ArrayList<>();
    @Option(names = "--features", paramLabel = "FILE|DIR", description = "A track-features CSV (or .csv.gz), or a folder of "
            + "them; repeat for more.")
    List<Path> features = new ArrayList<>();
    @Option(names = "--boosts", paramLabel = "FILE", description = "A boost list: CSV track_id,valid_from,valid_to.")
    Path boosts;
    @Option(names = "--emerging-percentile", paramLabel = "P", description = "Popularity percentile in (0,1) below "
            + "which a track counts as emerging (default 0.10).")
    double emergingPercentile = 0.10;
    @Mixin
    ImportLimits limits = new ImportLimits();
    @Mixin
    OutputFormatOption output = new OutputFormatOption();

    @Override
    public Integer call() {
        if (!(emergingPercentile > 0 && emergingPercentile < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--emerging-percentile must be in (0,1), was " + emergingPercentile);
        }
        var extras = new MssdImporter.Extras(features, Optional.ofNullable(boosts), emergingPercentile);
        Preflight.of().filesOrFolders("--log", logs).filesOrFolders("--features", features).file("--boosts", boosts)
                .outputFile("--db", database.db).outputFile("--rejects", limits.rejectsWhenUsed(database.db)).orFail();
        return database.importInto(store -> {
            try (StepProgress progress = StepProgress.start("import mssd")) {
                var result = new MssdImporter(store).importLogs(logs, extras, limits.toImportOptions(database.db, progress));
                progress.close();
                return ImportOutcome.report(result, progress.seconds(), output, spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
        });
    }
}
