package org.mostra4j.adapters.persistence.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Scans the part files of one import on a background thread, a few parts ahead of the one DuckDB is staging:
 * the Java scan (and the inflating of a gzip'd part) of part k+1 runs on the second core while DuckDB reads
 * part k. At most {@link #AHEAD} parts are scanned ahead, so at most that many inflated temporary copies exist.
 */
final class PartScans implements AutoCloseable {
    static final int AHEAD = 2;
    private final List<Path> files;
    private final int quote;
    private final Path tempDir;
    private final Map<String, ColumnKind> rules;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mostra4j-part-scan");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<PartScan>> scans = new ArrayList<>();

    PartScans(List<Path> files, int quote, Path tempDir) {
        this(files, quote, tempDir, Map.of());
    }

    /** Scans that also screen the values of the columns named in {@code rules} (see {@link ValueScreen}). */
    PartScans(List<Path> files, int quote, Path tempDir, Map<String, ColumnKind> rules) {
        this.files = List.copyOf(files);
        this.quote = quote;
        this.tempDir = tempDir;
        this.rules = Map.copyOf(rules);
    }

    /** The scan of part {@code k} (waiting for it), with the next parts' scans started. */
    PartScan take(int k) throws IOException {
        while (scans.size() < files.size() && scans.size() <= k + AHEAD) {
            Path file = files.get(scans.size());
            scans.add(pool.submit(() -> PartScan.of(file, quote, tempDir, rules)));
        }
        long t = System.nanoTime();
        try {
            return scans.get(k).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + files.get(k), e);
        } finally {
            Trace.sql("waited for the scan of " + files.get(k).getFileName(), t);
        }
    }

    /** Stops scanning and deletes the temporary copies of scans nobody took (the import stopped early). */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Future<PartScan> f : scans) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get().close();
                } catch (ExecutionException | InterruptedException | UncheckedIOException e) {
                    // failed scans left no file behind; a copy that cannot be deleted lies in the temp folder
                }
            }
        }
    }
}
