package org.mostra4j.application.port.out;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.evaluation.EvaluationReport;

/**
 * Writes an evaluation report for people and programs: a folder of files (Markdown, JSON, plots, …) and the
 * text shown on a terminal. One driven adapter renders reports for every driving adapter (the command line,
 * batch jobs, the service), so that all of them show the same figures the same way.
 */
public interface WriteReportPort {

    /** Writes the whole report into {@code dir} (created when missing) and says what it wrote. */
    Written write(EvaluationReport report, Path dir) throws IOException;

    /** The report's main table as plain text, for a terminal. */
    String table(EvaluationReport report);

    /** The report as one JSON document (what {@code report.json} holds). */
    String json(EvaluationReport report);

    /** The files written, in the order a reader should open them, and any fallback taken (e.g. SVG for PNG). */
    record Written(List<Path> files, List<String> warnings) {
        public Written {
            files = List.copyOf(Objects.requireNonNull(files, "files"));
            warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        }
    }
}
