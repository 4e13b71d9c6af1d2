package org.mostra4j.adapters.persistence.importing;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an input file, printed as {@code file:line: column: message} ({@code file: message} for
 * line 0, the file as a whole). Line numbers are
 * physical, 1-based lines of the file (the header is line 1); for Parquet they are 1-based row numbers.
 */
public record Problem(String file, long line, String column, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingLong(Problem::line).thenComparing(Problem::column).thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        // line 0 is the file as a whole (missing, a folder, unreadable): no position to show
        return line == 0 && column.equals("-") ? file + ": " + message : file + ":" + line + ": " + column + ": " + message;
    }
}
