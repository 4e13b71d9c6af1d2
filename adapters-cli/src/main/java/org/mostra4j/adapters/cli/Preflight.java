package org.mostra4j.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a command checks on its files before any work starts and before anything is created: inputs that must
 * exist (and be a file, or a folder), outputs whose place must be writable. Collect the checks, then
 * {@link #orFail()}: every problem on one line, each naming the option and the file, as a
 * {@link UsageException} (exit 2). Content checks (is the store a mostra4j store, is the model intact) take a
 * function returning the problem, so the adapters that know the format do them.
 *
 * <pre>{@code
 * Preflight.of().store("--db", db).file("--session", session).outputFile("--out", csv).orFail();
 * }</pre>
 */
public final class Preflight {
    /** DuckDB files carry "DUCK" at byte 8 (after a checksum). */
    private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);
    private static final int DUCKDB_MAGIC_AT = 8;
    private final List<String> problems = new ArrayList<>();

    private Preflight() {
    }

    public static Preflight of() {
        return new Preflight();
    }

    /** An input file that must exist and be readable; nothing to check when {@code file} is null (option not given). */
    public Preflight file(String option, Path file) {
        if (file != null) {
            readableFile(file).ifPresent(p -> problems.add(option + " " + p));
        }
        return this;
    }

    /**
     * An existing store file: a folder or a missing file is refused (never created), and so is a file without
     * DuckDB's header. Whether it is a mostra4j store of this schema is checked when it is opened.
     */
    public Preflight store(String option, Path db) {
        return file(option, db, Preflight::duckDbHeader);
    }

    private static Optional<String> duckDbHeader(Path db) {
        byte[] head = new byte[DUCKDB_MAGIC_AT + DUCKDB_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(db)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return Optional.of(db + ": cannot be read (" + e.getMessage() + ")");
        }
        if (read == 0) {
            return Optional.of(db + ": is empty, not a mostra4j store");
        }
        boolean duck = read == head.length && Arrays.equals(head, DUCKDB_MAGIC_AT, head.length, DUCKDB_MAGIC, 0,
                DUCKDB_MAGIC.length);
        return duck ? Optional.empty() : Optional.of(db + ": not a DuckDB database, so not a mostra4j store");
    }

    /** An input file that must exist, then pass {@code content} (empty = fine); content is checked only for a file. */
    public Preflight file(String option, Path file, Function<Path, Optional<String>> content) {
        if (file == null) {
            return this;
        }
        Optional<String> missing = readableFile(file);
        if (missing.isPresent()) {
            problems.add(option + " " + missing.get());
        } else {
            content.apply(file).ifPresent(p -> problems.add(option + " " + p));
        }
        return this;
    }

    /** Inputs that may each be a file or a folder of files (e.g. a log's part files): each must exist and be readable. */
    public Preflight filesOrFolders(String option, java.util.Collection<Path> paths) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                folder(option, p);
            } else {
                file(option, p);
            }
        }
        return this;
    }

    /** An input folder that must exist. */
    public Preflight folder(String option, Path dir) {
        if (dir != null) {
            if (!Files.exists(dir)) {
                problems.add(option + " " + dir + ": no such folder");
            } else if (!Files.isDirectory(dir)) {
                problems.add(option + " " + dir + ": not a folder");
            } else if (!Files.isReadable(dir)) {
                problems.add(option + " " + dir + ": cannot be read (permission denied)");
            }
        }
        return this;
    }

    /** An input folder that must exist, then pass {@code content}. */
    public Preflight folder(String option, Path dir, Function<Path, Optional<String>> content) {
        int before = problems.size();
        folder(option, dir);
        if (dir != null && problems.size() == before) {
            content.apply(dir).ifPresent(p -> problems.add(option + " " + p));
        }
        return this;
    }

    /** A file to write: not a folder, writable if it exists, else creatable (its nearest existing parent a writable folder). */
    public Preflight outputFile(String option, Path file) {
        if (file == null) {
            return this;
        }
        if (Files.isDirectory(file)) {
            problems.add(option + " " + file + ": is a directory (a file is expected)");
        } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isWritable(file)) {
                problems.add(option + " " + file + ": not writable (permission denied)");
            }
        } else {
            creatable(file).ifPresent(p -> problems.add(option + " " + file + ": cannot be created: " + p));
        }
        return this;
    }

    /** A folder to write into: a folder if it exists (and writable), else creatable. */
    public Preflight outputFolder(String option, Path dir) {
        if (dir == null) {
            return this;
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                problems.add(option + " " + dir + ": exists and is not a folder");
            } else if (!Files.isWritable(dir)) {
                problems.add(option + " " + dir + ": not writable (permission denied)");
            }
        } else {
            creatable(dir).ifPresent(p -> problems.add(option + " " + dir + ": cannot be created: " + p));
        }
        return this;
    }

    /** A rule on a value (a number's range, a pair of options): {@code problem} is added when {@code bad}. */
    public Preflight require(boolean good, String problem) {
        if (!good) {
            problems.add(problem);
        }
        return this;
    }

    /** The problems found so far. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Throws a {@link UsageException} naming every problem on one line; returns when there is none. */
    public void orFail() {
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("; ", problems));
        }
    }

    private static Optional<String> readableFile(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(file + ": is a directory (a file is expected)");
        }
        if (!Files.exists(file)) {
            return Optional.of(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(file + ": not a regular file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of(file + ": cannot be read (permission denied)");
        }
        return Optional.empty();
    }

    /** Why a missing path cannot be created, judged at its nearest existing ancestor; empty when it can. */
    private static Optional<String> creatable(Path target) {
        Path ancestor = target.toAbsolutePath().normalize().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return Optional.of("no existing parent folder");
        }
        if (!Files.isDirectory(ancestor)) {
            return Optional.of(ancestor + " is not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            return Optional.of(ancestor + " is not writable");
        }
        return Optional.empty();
    }
}
