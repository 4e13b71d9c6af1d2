package org.mostra4j.adapters.cli;

import java.io.PrintWriter;
import org.mostra4j.adapters.cli.bootstrap.CompositionRoot;
import org.mostra4j.adapters.cli.bootstrap.GuiceCommandFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mostra4j} command line. Exit codes: 0 ok, 1 failure, 2 usage or bad input. */
@Command(name = "mostra4j", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Order a music session's candidate tracks for satisfaction and platform objectives (Mostra).",
        subcommands = {SequenceCommand.class, ScoreCommand.class, SparkCommand.class, ObjectivesCommand.class, SimulateCommand.class, ImportCommand.class,
                DbCommand.class, ExportCommand.class, TrainCommand.class, EvaluateCommand.class, EmbedCommand.class,
                GsScoreCommand.class, TuneCommand.class, ServeCommand.class, DemoCommand.class, ConfigCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  ./mostra4j sequence --session examples/worked-example.json --epsilon 0.05",
                "  ./mostra4j objectives", "  ./mostra4j help sequence"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Results only on stdout; no progress or log lines on stderr.")
    void quiet(boolean on) {
        Verbosity.set(on ? Verbosity.QUIET : Verbosity.NORMAL);
    }

    @CommandLine.Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "More on stderr: each demo stage's output, stack traces of failures.")
    void verbose(boolean on) {
        Verbosity.set(on ? Verbosity.VERBOSE : Verbosity.NORMAL);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        Verbosity.set(Verbosity.NORMAL);
        CommandLine cli = new CommandLine(new Main(), new GuiceCommandFactory(CompositionRoot.injector()));
        // one line naming the option and the rule, not the whole usage text: the culprit stays visible
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            String message = ex.getMessage().strip().replace(System.lineSeparator(), "; ");
            failed.getErr().println("error: " + message + (message.contains("--help") ? ""
                    : " (see: " + failed.getCommandSpec().qualifiedName() + " --help)"));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr());
            failed.getErr().flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            commandLine.getErr().println("failed: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Verbosity.verbose() || System.getenv("MOSTRA4J_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"mostra4j " + (v == null ? "development build" : v)};
        }
    }
}
