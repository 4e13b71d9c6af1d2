package org.mostra4j.adapters.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code import canonical|mssd|lastfm}: load a dataset into the store, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a dataset into the store in one transaction: everything or nothing.",
        subcommands = {ImportCanonicalCommand.class, ImportMssdCommand.class, ImportLastFmCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j import canonical --db world.duckdb --dir out/world",
                "  ./mostra4j import mssd --db mssd.duckdb --log log_0_20180715_000000000000.csv --features tf_000000000000.csv",
                "  ./mostra4j import lastfm --db lfm.duckdb --log userid-timestamp-artid-artname-traid-traname.tsv --gap-minutes 30"})
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: canonical, mssd or lastfm");
    }
}
