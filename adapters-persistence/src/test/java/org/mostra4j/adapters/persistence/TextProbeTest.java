package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.ImportFailure;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;

/**
 * Law: a log line that is not UTF-8 text (a NUL byte, a stray continuation byte, an overlong form, a surrogate, a
 * character cut off at the end of the file) is a problem naming the file and that line, never a store failure, and
 * nothing is written. (DuckDB's CSV reader refuses some of these outright without a line number; the importer then
 * finds the line itself.)
 */
class TextProbeTest {
    @TempDir
    Path dir;

    @Test
    void binaryAndMalformedUtf8AreNamedByTheirLine() throws Exception {
        String good = "u1\t2009-05-04T23:08:57Z\t\tA\t\tT\n";
        List<byte[]> tails = List.of(new byte[] {'u', 0, '1'}, new byte[] {'u', (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {'x', (byte) 0xE2, (byte) 0x82});
        int n = 0;
        for (byte[] tail : tails) {
            byte[] head = (good + good).getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(head, head.length + tail.length);
            System.arraycopy(tail, 0, all, head.length, tail.length);
            Path log = Files.write(dir.resolve("log" + n++ + ".tsv"), all);
            Either<ImportFailure, ImportSummary> r;
            try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(dir.resolve("s.duckdb")))) {
                try {
                    r = new LastFmImporter(store).importLog(log, Duration.ofMinutes(30),
                            new ImportOptions(0, dir.resolve("rejects.txt"), line -> { }));
                } catch (StoreException e) {
                    throw new AssertionError("a store failure instead of a problem for " + Arrays.toString(tail), e);
                }
                assertEquals(0L, StoreContents.of(store).rows().get("history"), "nothing written");
            }
            assertTrue(r.isLeft(), "refused: " + Arrays.toString(tail));
            String first = r.getLeft().problems().get(0).toString();
            assertTrue(first.startsWith(log + ":3:"), "names line 3 for " + Arrays.toString(tail) + ": " + first);
        }
    }
}
