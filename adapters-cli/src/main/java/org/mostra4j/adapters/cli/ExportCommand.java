package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.exporting.CanonicalExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export canonical}: the store back out in the canonical layout. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the store out.",
        subcommands = ExportCommand.Canonical.class, footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j export canonical --db world.duckdb --out out/copy",
                "  ./mostra4j export canonical --db world.duckdb --out out/copy-parquet --format parquet"})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to export: canonical");
    }

    /** One file per non-empty table, rows in key order; re-importing it gives the same store. */
    @Command(name = "canonical", mixinStandardHelpOptions = true,
            description = "Export every non-empty table as a canonical-layout folder (CSV or Parquet).",
            footerHeading = "%nExamples:%n", footer = {"  ./mostra4j export canonical --db world.duckdb --out out/copy"})
    static final class Canonical implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
        Path out;
        @Option(names = "--format", paramLabel = "csv|parquet", description = "File format (default csv).")
        String format = "csv";

        @Override
        public Integer call() {
            CanonicalExporter.Format f = switch (format) {
                case "csv" -> CanonicalExporter.Format.CSV;
                case "parquet" -> CanonicalExporter.Format.PARQUET;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format must be csv or parquet, was " + format);
            };
            Preflight.of().store("--db", database.db).outputFolder("--out", out).orFail();
            try (DuckDbStore store = database.openForReading()) {
                var written = new CanonicalExporter(store).export(out, f);
                written.forEach((file, rows) -> spec.commandLine().getOut().printf("  %-22s %,d rows%n", out.resolve(file), rows));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
