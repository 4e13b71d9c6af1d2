package org.mostra4j.adapters.persistence.importing;

import java.util.List;

/**
 * Why an import wrote nothing: the problems found (the first one first; with {@code --max-errors N}, the
 * first N+1), each as {@code file:line: column: message}.
 */
public record ImportFailure(List<Problem> problems, String reason) {
    public ImportFailure {
        problems = List.copyOf(problems);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must be non-blank");
        }
    }

    static ImportFailure of(List<Problem> problems, long maxErrors) {
        String reason = maxErrors == 0 ? "the import stopped at the first problem; nothing was written"
                : "more than " + maxErrors + " problems; nothing was written";
        return new ImportFailure(problems, reason);
    }

    /** The report a user sees: every problem line, then the reason. */
    public String report() {
        StringBuilder b = new StringBuilder();
        problems.forEach(p -> b.append(p).append('\n'));
        return b.append(reason).toString();
    }
}
