package org.mostra4j.adapters.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.cli.demo.DemoSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shows the effective configuration and where each value came from. */
@Command(name = "config", mixinStandardHelpOptions = true, subcommands = ConfigCommand.Show.class,
        description = "Inspect the configuration.", footerHeading = "%nExample:%n",
        footer = "  ./mostra4j config show --config demo.yaml")
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: show");
    }

    /** Prints every knob with its value and source. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the effective configuration: default < YAML file < MOSTRA4J_<KEY> environment.",
            footerHeading = "%nExample:%n", footer = "  ./mostra4j config show --config demo.yaml")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--config", paramLabel = "FILE", description = "YAML file to read.")
        Path config;

        @Override
        public Integer call() {
            DemoSettings s = DemoSettings.load(Optional.ofNullable(config), System::getenv);
            var out = spec.commandLine().getOut();
            out.printf("%-18s %-28s %-30s %s%n", "key", "value", "source", "meaning");
            s.all().forEach((k, v) -> out.printf("%-18s %-28s %-30s %s%n", k.key(), v.value(), v.source(), k.meaning()));
            return 0;
        }
    }
}
