package org.mostra4j.adapters.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import org.mostra4j.adapters.persistence.importing.ImportFailure;
import org.mostra4j.adapters.persistence.importing.ImportSummary;

/** Prints an import's summary or its problems; returns the exit code (0 ok, 2 bad input). */
final class ImportOutcome {
    private ImportOutcome() {
    }

    static int report(Either<ImportFailure, ImportSummary> result, double seconds, PrintWriter out, PrintWriter err) {
        if (result.isLeft()) {
            err.println(result.getLeft().report());
            err.flush();
            return 2;
        }
        ImportSummary s = result.get();
        out.printf("imported %,d input rows in %.1f s (%,.0f rows/s)%n", s.inputRows(), seconds,
                seconds > 0 ? s.inputRows() / seconds : 0.0);
        s.rowsAdded().forEach((table, rows) -> out.printf("  %-18s +%,d%n", table, rows));
        if (s.rejected() > 0) {
            out.printf("  rejected %,d rows, written with their reasons to %s%n", s.rejected(),
                    s.rejectsFile().map(Object::toString).orElse("?"));
        }
        out.flush();
        return 0;
    }
}
