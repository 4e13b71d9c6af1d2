package org.mostra4j.adapters.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.io.PrintWriter;
import org.mostra4j.adapters.persistence.importing.ImportFailure;
import org.mostra4j.adapters.persistence.importing.ImportSummary;

/** Prints an import's summary or its problems; returns the exit code (0 ok, 2 bad input). */
final class ImportOutcome {
    private ImportOutcome() {
    }

    static int report(Either<ImportFailure, ImportSummary> result, double seconds, OutputFormatOption format,
            PrintWriter out, PrintWriter err) {
        if (result.isLeft()) {
            err.println(result.getLeft().report());
            err.flush();
            return 2;
        }
        ImportSummary s = result.get();
        s.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        if (format.json()) {
            OutputFormatOption.print(out, json(s, seconds));
            return 0;
        }
        out.printf("imported %,d input rows in %.1f s (%,.0f rows/s)%n", s.inputRows(), seconds,
                seconds > 0 ? s.inputRows() / seconds : 0.0);
        s.rowsAdded().forEach((table, rows) -> out.printf("  %-18s +%,d%n", table, rows));
        if (s.replays().plays() > 0) {
            out.printf("  folded %,d replays into %,d candidates (each track once per session, at its first play;"
                    + " candidates.plays keeps the count)%n", s.replays().plays(), s.replays().candidates());
        }
        if (s.rejected() > 0) {
            out.printf("  rejected %,d rows, written with their reasons to %s%n", s.rejected(),
                    s.rejectsFile().map(Object::toString).orElse("?"));
        }
        out.flush();
        return 0;
    }

    private static ObjectNode json(ImportSummary s, double seconds) {
        ObjectNode root = OutputFormatOption.object();
        root.put("inputRows", s.inputRows());
        root.put("seconds", seconds);
        ObjectNode added = root.putObject("rowsAdded");
        s.rowsAdded().forEach(added::put);
        ObjectNode replays = root.putObject("replays");
        replays.put("plays", s.replays().plays());
        replays.put("candidates", s.replays().candidates());
        var warnings = root.putArray("warnings");
        s.warnings().forEach(warnings::add);
        root.put("rejected", s.rejected());
        s.rejectsFile().ifPresentOrElse(f -> root.put("rejectsFile", f.toString()), () -> root.putNull("rejectsFile"));
        return root;
    }
}
