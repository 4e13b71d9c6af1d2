package org.mostra4j.adapters.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a report folder that another command wrote: {@code evaluate} and {@code evaluate --frontier} write
 * into the same folder one after the other (the demo does), so whichever runs second puts both into report.html.
 * A part is read back only when it is there and is the JSON its writer writes; otherwise it is left out with a
 * warning (the page never fails for a neighbour's file).
 */
final class ReportParts {
    static final String EVALUATION = "report.json";
    static final String FRONTIER = "frontier.json";

    private ReportParts() {
    }

    /**
     * The file's text when it is there and holds the field every such file has ({@code policies} in report.json,
     * {@code methods} in frontier.json); empty, with a warning when it is there but unreadable.
     */
    static Optional<String> read(Path dir, String name, String field, List<String> warnings) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file);
            JsonNode tree = ReportHtml.tree(text);
            if (!tree.path(field).isArray()) {
                warnings.add(file + " has no \"" + field + "\" array: left out of report.html");
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (IOException | IllegalArgumentException e) {
            warnings.add(file + " could not be read (" + e.getMessage() + "): left out of report.html");
            return Optional.empty();
        }
    }
}
