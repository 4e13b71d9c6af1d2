package org.mostra4j.adapters.persistence.importing;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How strict an import is and where its side outputs go.
 *
 * @param maxErrors   0 (default): the first problem aborts and nothing is written; N > 0: up to N bad rows
 *                    are left out and written with their reasons to {@code rejectsFile}; more aborts
 * @param rejectsFile where rejected rows go when {@code maxErrors > 0}
 * @param progress    receives one line per step ("staging tracks.csv", "checking …")
 */
public record ImportOptions(long maxErrors, Path rejectsFile, Consumer<String> progress) {
    public ImportOptions {
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors must be >= 0, was " + maxErrors);
        }
        Objects.requireNonNull(rejectsFile, "rejectsFile");
        Objects.requireNonNull(progress, "progress");
    }

    /** Abort on the first problem, report nothing. */
    public static ImportOptions strict() {
        return new ImportOptions(0, Path.of("rejects.txt"), line -> { });
    }

    public ImportOptions withMaxErrors(long n, Path rejects) {
        return new ImportOptions(n, rejects, progress);
    }

    public ImportOptions withProgress(Consumer<String> sink) {
        return new ImportOptions(maxErrors, rejectsFile, sink);
    }
}
