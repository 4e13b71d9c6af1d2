package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Option;

/**
 * The shared {@code --format table|json} option: {@code table} (the default) keeps a command's text output,
 * {@code json} prints one pretty-printed JSON object on standard output instead. Keys keep the order they were
 * put in, so the output is stable; logs stay on standard error either way.
 */
final class OutputFormatOption {
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "Result format on standard output: table (default) or json.")
    OutputFormat format = OutputFormat.table;

    boolean json() {
        return format == OutputFormat.json;
    }

    static ObjectNode object() {
        return JsonFiles.MAPPER.createObjectNode();
    }

    /** Prints {@code node} pretty-printed, followed by a line break, and flushes. */
    static void print(PrintWriter out, ObjectNode node) {
        try {
            out.println(JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
