package org.mostra4j.adapters.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read open the store read-only. Law: after {@code db info}, {@code export}, {@code sequence
 * --db} and {@code gs-score}, the store's bytes and modification time are unchanged and no {@code .wal} appeared
 * (a read-write open would migrate, checkpoint or at least write a WAL); this holds when the tests run as root,
 * where permissions stop nothing. Run as another user, the same commands also succeed on a store whose file and
 * folder have no write permission at all, as on a read-only mount.
 */
class ReadOnlyStoreTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path session;
    static Path vectors;

    @BeforeAll
    static void store() throws IOException {
        Path world = BadInputCatalogueTest.canonicalFolder(dir.resolve("world"));
        db = dir.resolve("store").resolve("w.duckdb");
        Files.createDirectories(db.getParent());
        CliRun imported = CliRun.of("import", "canonical", "--db", db.toString(), "--dir", world.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        vectors = StoreFixtures.embeddings(dir.resolve("vectors"));
        session = Files.writeString(dir.resolve("session.json"), """
                {"sessionId":"s9","userId":"u1","date":"2018-07-16","candidates":[
                 {"trackId":"t1","artistId":"a1","relevance":0.9},{"trackId":"t2","artistId":"a1","relevance":0.4}]}
                """);
    }

    static List<String[]> readers() {
        return List.of(new String[] {"db", "info", "--db", db.toString()},
                new String[] {"export", "canonical", "--db", db.toString(), "--out", dir.resolve("out").toString()},
                new String[] {"sequence", "--session", session.toString(), "--db", db.toString()},
                new String[] {"gs-score", "--db", db.toString(), "--embeddings", vectors.toString()});
    }

    @Test
    void readingCommandsLeaveTheStoreUntouched() throws Exception {
        String sha = sha256(db);
        long modified = Files.getLastModifiedTime(db).toMillis();
        for (String[] args : readers()) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.err());
            assertEquals(sha, sha256(db), "bytes unchanged by " + args[0]);
            assertEquals(modified, Files.getLastModifiedTime(db).toMillis(), "mtime unchanged by " + args[0]);
            assertFalse(Files.exists(db.resolveSibling(db.getFileName() + ".wal")), "no WAL after " + args[0]);
        }
    }

    @Test
    void readingCommandsWorkWithoutWritePermission() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root ignores permissions");
        Path folder = db.getParent();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (String[] args : readers()) {
                CliRun run = CliRun.of(args);
                assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.err());
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
