package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import canonical}: a folder in the canonical layout (CSV or Parquet, one file per table). */
@Command(footerHeading = "%nExamples:%n", footer = {"  ./mostra4j import canonical --db world.duckdb --dir out/world --max-errors 100 --rejects rejects.txt"},
        name = "canonical", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Import a canonical-layout folder (artists, tracks, users, history, sessions, candidates, "
                + "emerging_artists, boosts, truth; .csv or .parquet), as the simulator writes it.")
final class ImportCanonicalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOptions database = new DatabaseOptions();
    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The folder to import.")
    Path dir;
    @Mixin
    ImportLimits limits = new ImportLimits();
    @Mixin
    OutputFormatOption output = new OutputFormatOption();

    @Override
    public Integer call() {
        Preflight.of().folder("--dir", dir).outputFile("--db", database.db)
                .outputFile("--rejects", limits.rejectsWhenUsed(database.db)).orFail();
        return database.importInto(store -> {
            try (StepProgress progress = StepProgress.start("import canonical")) {
                var result = new CanonicalImporter(store).importFolder(dir, limits.toImportOptions(database.db, progress));
                progress.close();
                return ImportOutcome.report(result, progress.seconds(), output, spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
        });
    }
}
