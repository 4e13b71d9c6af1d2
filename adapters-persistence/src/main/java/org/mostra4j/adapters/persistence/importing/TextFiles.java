package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Scans and stages a delimited text file of a fixed public format; header or layout problems are fatal. */
final class TextFiles {
    private TextFiles() {
    }

    /**
     * Stages {@code file}. With a header, its names must be exactly {@code columns} (in that order); without
     * one, {@code columns} names the fields. Returns empty when a fatal problem was recorded.
     */
    static Optional<StagedFile> stage(ImportRun run, Path file, TextDialect dialect, List<String> columns,
            List<String> kept) throws IOException, SQLException {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            run.fatal(new Problem(display, 0, "-", "no such file"));
            return Optional.empty();
        }
        run.progress("reading " + file.getFileName());
        LineLayout layout = LineLayout.scan(file, dialect.quoteByte());
        if (layout.lines() == 0) {
            run.fatal(new Problem(display, 1, "-", "empty file"));
            return Optional.empty();
        }
        if (dialect.header()) {
            List<String> names = HeaderLine.split(layout.header(), dialect);
            if (!names.equals(columns)) {
                List<Problem> problems = HeaderLine.check(display, names, columns, Optional.empty());
                if (problems.isEmpty()) {
                    problems = List.of(new Problem(display, 1, "-", "columns must come in the order " + String.join(", ", columns)));
                }
                problems.forEach(run::fatal);
                return Optional.empty();
            }
        }
        if (layout.quotedLineBreak().isPresent()) {
            run.fatal(new Problem(display, layout.quotedLineBreak().get(), "-",
                    "a quoted field runs over a line end; fields must not contain line breaks"));
            return Optional.empty();
        }
        String table = run.newTableName(file.getFileName().toString());
        try {
            return Optional.of(run.register(StagedFile.text(run.connection(), file, display, table, dialect, layout, columns,
                    kept)));
        } catch (StagedFile.Unreadable e) {
            run.fatal(e.problem());
            return Optional.empty();
        }
    }
}
