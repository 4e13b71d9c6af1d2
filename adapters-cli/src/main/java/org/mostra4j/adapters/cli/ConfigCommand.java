package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import org.mostra4j.adapters.cli.demo.DemoSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            footerHeading = "%nExample:%n", footer = {"  ./mostra4j config show --config demo.yaml",
                    "  ./mostra4j config show --format json"})
    static final class Show implements Callable<Integer> {
        private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
        @Spec
        CommandSpec spec;
        @Option(names = "--config", paramLabel = "FILE", description = "YAML file to read.")
        Path config;
        @Mixin
        OutputFormatOption output = new OutputFormatOption();

        @Override
        public Integer call() {
            DemoSettings s = DemoSettings.load(Optional.ofNullable(config), System::getenv);
            var out = spec.commandLine().getOut();
            if (output.json()) {
                ObjectNode root = OutputFormatOption.object();
                ArrayNode settings = root.putArray("settings");
                s.all().forEach((k, v) -> {
                    ObjectNode row = settings.addObject().put("key", k.key());
                    row.set("value", value(v.value()));
                    row.put("source", v.source()).put("meaning", k.meaning());
                });
                OutputFormatOption.print(out, root);
                return 0;
            }
            out.printf("%-18s %-28s %-30s %s%n", "key", "value", "source", "meaning");
            s.all().forEach((k, v) -> out.printf("%-18s %-28s %-30s %s%n", k.key(), v.value(), v.source(), k.meaning()));
            return 0;
        }

        /** A value that reads as a number is written as one; anything else stays a string. */
        private static JsonNode value(String v) {
            return NUMBER.matcher(v).matches() ? JsonNodeFactory.instance.numberNode(new BigDecimal(v))
                    : JsonNodeFactory.instance.textNode(v);
        }
    }
}
