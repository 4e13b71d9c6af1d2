package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.TreeMap;
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
        subcommands = {DbCommand.Contents.class, DbCommand.Migrate.class}, footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j db info --db world.duckdb", "  ./mostra4j db migrate --db old.duckdb"})
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: info or migrate");
    }

    /**
     * Moves a store written by an older mostra4j to this build's schema (new columns and tables only; nothing is
     * removed), so that the commands that only read, which open stores read-only, can use it.
     */
    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Move a store of an older schema version to this build's (adds columns and tables; rows are"
                    + " kept). Commands that only read open stores read-only and ask for this once.",
            footerHeading = "%nExamples:%n", footer = {"  ./mostra4j db migrate --db old.duckdb"})
    static final class Migrate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            try (DuckDbStore store = database.openForMigration()) {
                spec.commandLine().getOut().printf("%s: schema version %d%n", database.db,
                        StoreContents.of(store).schemaVersion());
                return 0;
            }
        }
    }

    /** Rows per table, schema version, models and past imports. */
    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Show the schema version, rows per table, registered models and past imports.",
            footerHeading = "%nExamples:%n", footer = {"  ./mostra4j db info --db world.duckdb",
                    "  ./mostra4j db info --db world.duckdb --format json"})
    static final class Contents implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Mixin
        OutputFormatOption output = new OutputFormatOption();

        @Override
        public Integer call() {
            try (DuckDbStore store = database.openForReading()) {
                StoreContents c = StoreContents.of(store);
                PrintWriter out = spec.commandLine().getOut();
                if (output.json()) {
                    OutputFormatOption.print(out, json(c));
                    return 0;
                }
                out.printf("%s: schema version %d%n", database.db, c.schemaVersion());
                c.rows().forEach((t, n) -> out.printf("  %-18s %,d%n", t, n));
                if (c.details().values().stream().anyMatch(n -> n > 0)) {
                    out.println("real-log details:");
                    c.details().forEach((t, n) -> out.printf("  %-28s %,d%n", t, n));
                    c.sampleUsers().forEach(u -> out.println("  e.g. " + u));
                }
                out.println(c.models().isEmpty() ? "models: none" : "models:");
                c.models().forEach(m -> out.printf("  %s (%s) %s, %s %s%n", m.name(), m.kind(), m.file(), m.createdAt(),
                        m.metadata()));
                out.println(c.imports().isEmpty() ? "imports: none" : "imports:");
                c.imports().forEach(i -> out.println("  " + i));
                out.flush();
                return 0;
            }
        }

        private ObjectNode json(StoreContents c) {
            ObjectNode root = OutputFormatOption.object();
            root.put("db", database.db.toString());
            root.put("schemaVersion", c.schemaVersion());
            ObjectNode rows = root.putObject("rows");
            c.rows().forEach(rows::put);
            ArrayNode models = root.putArray("models");
            c.models().forEach(m -> {
                ObjectNode node = models.addObject().put("name", m.name()).put("kind", m.kind())
                        .put("file", m.file().toString()).put("createdAt", m.createdAt().toString());
                ObjectNode meta = node.putObject("metadata");
                new TreeMap<>(m.metadata()).forEach(meta::put);
            });
            ObjectNode details = root.putObject("details");
            c.details().forEach(details::put);
            ArrayNode imports = root.putArray("imports");
            c.imports().forEach(imports::add);
            return root;
        }
    }
}
