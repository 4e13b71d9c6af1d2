package org.mostra4j.adapters.persistence.importing;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One input file after the Java byte scan: its {@link LineLayout} and the file DuckDB's reader should read.
 *
 * <p>A gzip'd part is inflated once: the scan that keeps {@code file:line} exact writes the inflated bytes to a
 * temporary plain file as it goes, and DuckDB reads that file (in parallel, which its reader cannot do inside
 * a gzip stream) instead of inflating the part a second time. The temporary file is deleted by {@link #close()}
 * as soon as DuckDB has staged it. When the part's values are screened ({@link ValueScreen}), that copy holds only
 * the screened columns (a projection, line for line), which DuckDB reads in far less time; should the screen find
 * a line it cannot vouch for, the part is inflated again into a full copy and left to the SQL checks. A plain
 * file is read where it is; a Parquet file is not scanned.
 *
 * @param file     the input as the user named it (messages, the rejects file's original lines)
 * @param layout   the scan, empty for Parquet
 * @param readable what DuckDB reads: {@code file}, or the temporary inflated copy of a gzip'd one
 * @param screened whether a {@link ValueScreen} vouched for every value its rules name (then the SQL column check
 *                 of those rules may be skipped)
 * @param columns  the columns {@code readable} holds when it is a projection, in its order; empty: the file's own
 */
record PartScan(Path file, Optional<LineLayout> layout, Path readable, boolean screened, Optional<List<String>> columns)
        implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    /** Scans {@code file} (inflating a {@code .gz} one into a temporary file in {@code tempDir}). */
    static PartScan of(Path file, int quote, Path tempDir) throws IOException {
        return of(file, quote, tempDir, Map.of());
    }

    /**
     * As above, also screening the values of the columns named in {@code rules} ({@link ValueScreen}; no rules, no
     * screen). The screen runs here, on the scan thread, in the same pass as the inflating and the line scan.
     */
    static PartScan of(Path file, int quote, Path tempDir, Map<String, ColumnKind> rules) throws IOException {
        if (InputFiles.isParquet(file)) {
            return new PartScan(file, Optional.empty(), file, false, Optional.empty());
        }
        Optional<ValueScreen> screen = rules.isEmpty() || quote != '"' ? Optional.empty() : Optional.of(new ValueScreen(rules));
        if (!file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = screening(LineLayout.open(file), screen)) {
                LineLayout layout = LineLayout.scan(in, quote);
                return new PartScan(file, Optional.of(layout), file, screen.map(ValueScreen::clean).orElse(false),
                        Optional.empty());
            }
        }
        if (screen.isPresent()) {
            Optional<PartScan> projected = projected(file, quote, tempDir, rules);
            if (projected.isPresent()) {
                return projected.get();
            }
            screen = Optional.empty(); // a line the screen cannot vouch for: a full copy, and the SQL checks
        }
        Path plain = Files.createTempFile(tempDir, "mostra4j-part-", ".csv");
        long t = System.nanoTime();
        try (InputStream gz = screening(LineLayout.open(file), screen);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(plain), BUFFER);
                InputStream copying = new Copying(gz, out)) {
            LineLayout layout = LineLayout.scan(copying, quote);
            Trace.sql("inflated and scanned " + file.getFileName() + (screen.isPresent() ? " (values "
                    + (screen.get().clean() ? "screened)" : "left to the SQL check)") : ""), t);
            return new PartScan(file, Optional.of(layout), plain, screen.map(ValueScreen::clean).orElse(false),
                    Optional.empty());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(plain);
            throw e;
        }
    }

    /**
     * Inflates a gzip'd part into a projection of its screened columns; empty (and no file left behind) as soon as
     * the screen meets a line it cannot vouch for.
     */
    private static Optional<PartScan> projected(Path file, int quote, Path tempDir, Map<String, ColumnKind> rules)
            throws IOException {
        Path copy = Files.createTempFile(tempDir, "mostra4j-part-", ".csv");
        long t = System.nanoTime();
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(copy)) {
            ValueScreen screen = new ValueScreen(rules, out);
            LineLayout layout;
            try (InputStream in = new Screening(LineLayout.open(file), screen, true)) {
                layout = LineLayout.scan(in, quote);
            } catch (NotPlain e) {
                Trace.sql("inflated " + file.getFileName() + " until a line the screen leaves to the SQL check", t);
                return Optional.empty();
            }
            if (!screen.clean()) {
                return Optional.empty();
            }
            Trace.sql("inflated, scanned and screened " + file.getFileName() + " (projected)", t);
            done = true;
            return Optional.of(new PartScan(file, Optional.of(layout), copy, true, Optional.of(screen.projection())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done) {
                Files.deleteIfExists(copy);
            }
        }
    }

    /** Thrown by a stopping {@link Screening} stream at the first line its screen cannot vouch for. */
    private static final class NotPlain extends IOException {
        NotPlain() {
            super("a line the screen cannot vouch for");
        }
    }

    private static InputStream screening(InputStream in, Optional<ValueScreen> screen) {
        return screen.<InputStream>map(s -> new Screening(in, s)).orElse(in);
    }

    /** Deletes the temporary inflated copy, if there is one. */
    @Override
    public void close() {
        if (!readable.equals(file)) {
            try {
                Files.deleteIfExists(readable);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the temporary file " + readable, e);
            }
        }
    }

    /**
     * Shows every byte read to a {@link ValueScreen}, and tells it where the stream ends; a stopping one gives up
     * ({@link NotPlain}) as soon as the screen fails.
     */
    private static final class Screening extends FilterInputStream {
        private final ValueScreen screen;
        private final boolean stopping;
        private final byte[] one = new byte[1];

        Screening(InputStream in, ValueScreen screen) {
            this(in, screen, false);
        }

        Screening(InputStream in, ValueScreen screen, boolean stopping) {
            super(in);
            this.screen = screen;
            this.stopping = stopping;
        }

        private void stopIfFailed() throws NotPlain {
            if (stopping && screen.failed()) {
                throw new NotPlain();
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                one[0] = (byte) b;
                screen.accept(one, 0, 1);
            } else {
                screen.end();
            }
            stopIfFailed();
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                screen.accept(buf, off, n);
            } else if (n < 0) {
                screen.end();
            }
            stopIfFailed();
            return n;
        }
    }

    /** Hands every byte read on to {@code out} as well. */
    private static final class Copying extends FilterInputStream {
        private final OutputStream out;

        Copying(InputStream in, OutputStream out) {
            super(in);
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                out.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                out.write(buf, off, n);
            }
            return n;
        }
    }
}
