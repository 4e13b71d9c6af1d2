package org.mostra4j.application.port.out;

import java.io.IOException;
import java.nio.file.Path;
import org.mostra4j.application.port.in.FrontierUseCase;

/**
 * Writes a frontier report (each method's Pareto set over all its knobs and what it buys at each SAT-loss budget):
 * a folder of files and the text shown on a terminal. Rendered by the same driven adapter as
 * {@link WriteReportPort}, so every driving adapter shows frontiers the same way.
 */
public interface WriteFrontierReportPort {

    /** Writes {@code frontier.md}, {@code frontier.json} and one plot per objective into {@code dir}. */
    WriteReportPort.Written write(FrontierUseCase.Report report, Path dir) throws IOException;

    /** The report as Markdown (what {@code frontier.md} holds, without the plot links). */
    String markdown(FrontierUseCase.Report report);

    /** The report as one JSON document (what {@code frontier.json} holds). */
    String json(FrontierUseCase.Report report);
}
