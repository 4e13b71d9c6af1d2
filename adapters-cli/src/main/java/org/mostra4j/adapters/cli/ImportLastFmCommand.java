package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import lastfm}: the Last.fm-1K listening log. */
@Command(footerHeading = "%nExamples:%n", footer = {"  ./mostra4j import lastfm --db lfm.duckdb --log userid-timestamp-artid-artname-traid-traname.tsv --gap-minutes 20",
        "  ./mostra4j import lastfm --db lfm.duckdb --log userid-timestamp-artid-artname-traid-traname.tsv --profiles userid-profile.tsv"},
        name = "lastfm", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import the Last.fm-1K log TSV (user, timestamp, artist id/name, track id/name; no header): "
                + "every play becomes history, plays are cut into sessions at an inactivity gap; a track played again in a "
                + "session stays one candidate (its first play) and keeps its play count.")
final class ImportLastFmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions database = new DatabaseOptions();
    @Option(names = "--log", required = true, paramLabel = "FILE", description = "The Last.fm-1K TSV file.")
    Path log;
    @Option(names = "--profiles", paramLabel = "FILE", description = "The Last.fm-1K profile file userid-profile.tsv "
            + "(#id, gender, age, country, registered): user attributes, shown by db info and exported by export canonical.")
    Path profiles;
    @Option(names = "--gap-minutes", paramLabel = "N", description = "Pause that ends a session, in minutes (default 30).")
    long gapMinutes = 30;
    @Mixin
    ImportLimits limits = new ImportLimits();
    @Mixin
    OutputFormatOption output = new OutputFormatOption();

    @Override
    public Integer call() {
        if (gapMinutes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gap-minutes must be >= 1, was " + gapMinutes);
        }
        Preflight.of().file("--log", log).file("--profiles", profiles).outputFile("--db", database.db)
                .outputFile("--rejects", limits.rejectsWhenUsed(database.db)).orFail();
        return database.importInto(store -> {
            try (StepProgress progress = StepProgress.start("import lastfm")) {
                var result = new LastFmImporter(store).importLog(log, java.util.Optional.ofNullable(profiles),
                        Duration.ofMinutes(gapMinutes), limits.toImportOptions(database.db, progress));
                progress.close();
                return ImportOutcome.report(result, progress.seconds(), output, spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
        });
    }
}
