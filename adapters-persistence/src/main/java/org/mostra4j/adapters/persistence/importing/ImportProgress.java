package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Progress over many part files: after each one, the files and rows read so far, the reading rate and
 * an estimate of the time left (from the bytes still to read at the rate so far; compressed and plain
 * parts are compared by their size on disk, which is what the reader works through).
 */
final class ImportProgress {
    private final ImportRun run;
    private final int files;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long doneBytes;
    private long rows;
    private int done;

    ImportProgress(ImportRun run, List<Path> parts) {
        this.run = run;
        this.files = parts.size();
        this.totalBytes = parts.stream().mapToLong(ImportProgress::size).sum();
    }

    void staged(Path part, StagedFile file) throws SQLException {
        done++;
        doneBytes += size(part);
        rows += file.rows();
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        double eta = doneBytes == 0 ? 0 : seconds * (totalBytes - doneBytes) / doneBytes;
        run.progress(String.format(Locale.ROOT, "read %s (%d/%d files, %,d rows, %,.0f rows/s, ETA %s)",
                part.getFileName(), done, files, rows, rows / seconds, duration(eta)));
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
