package org.mostra4j.application.port.out;

import java.io.IOException;
import java.nio.file.Path;
import org.mostra4j.application.port.in.TuneUseCase;

/**
 * Writes a tuning run's report (the targets, the chosen setting with its test figures, every setting searched and
 * the policy object) into a folder. Rendered by the same driven adapter as {@link WriteReportPort}, so a tuning run
 * reads like an evaluation.
 */
public interface WriteTuneReportPort {

    /** Writes {@code report.md}, {@code report.html} (self-contained, opens offline) and {@code tune.json} into {@code dir}. */
    WriteReportPort.Written write(TuneUseCase.Command command, TuneUseCase.Result result, Path dir) throws IOException;
}
