package org.mostra4j.adapters.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.persistence.DuckDbStore;
import org.mostra4j.adapters.persistence.StoreContents;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db info}: what a database holds. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Inspect the store.",
        subcommands = DbCommand.Contents.class, footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j db info --db world.duckdb"})
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: info");
    }

    /** Rows per table, schema version, models and past imports. */
    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Show the schema version, rows per table, registered models and past imports.",
            footerHeading = "%nExamples:%n", footer = {"  ./mostra4j db info --db world.duckdb"})
    static final class Contents implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            if (!Files.exists(database.db)) {
                throw new CommandLine.ParameterException(spec.commandLine(), database.db + ": no such database");
            }
            try (DuckDbStore store = DuckDbStore.open(database.toStoreOptions())) {
                StoreContents c = StoreContents.of(store);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s: schema version %d%n", database.db, c.schemaVersion());
                c.rows().forEach((t, n) -> out.printf("  %-18s %,d%n", t, n));
                out.println(c.models().isEmpty() ? "models: none" : "models:");
                c.models().forEach(m -> out.printf("  %s (%s) %s, %s %s%n", m.name(), m.kind(), m.file(), m.createdAt(),
                        m.metadata()));
                out.println(c.imports().isEmpty() ? "imports: none" : "imports:");
                c.imports().forEach(i -> out.println("  " + i));
                out.flush();
                return 0;
            }
        }
    }
}
