package org.mostra4j.adapters.persistence.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laws: a gzip'd part is inflated once, into a temporary copy holding exactly the part's text, scanned as the plain
 * text would be; the copy is gone once the part is closed; scans started ahead and never taken leave no copy behind;
 * a plain part is read where it is.
 */
class PartScanTest {
    private static final String TEXT = "a,b\n1,\"x\"\n\n2,y\r\n3,z";

    @TempDir
    Path dir;

    @Test
    void a_gzipped_part_is_inflated_once_into_a_copy_that_close_deletes() throws IOException {
        Path gz = gzip(dir.resolve("p.csv.gz"), TEXT);
        Path plain = Files.writeString(dir.resolve("p.csv"), TEXT);
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        Path copy;
        try (PartScan scan = PartScan.of(gz, '"', temp)) {
            copy = scan.readable();
            assertTrue(copy.startsWith(temp), "the copy lies in the temporary folder: " + copy);
            assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(copy));
            assertEquals(LineLayout.scan(plain, '"'), scan.layout().orElseThrow());
            assertEquals(List.of(3L), scan.layout().orElseThrow().blankLines());
        }
        assertFalse(Files.exists(copy), "deleted on close");
        try (PartScan scan = PartScan.of(plain, '"', temp)) {
            assertEquals(plain, scan.readable(), "a plain part is read in place");
        }
        assertTrue(Files.exists(plain), "closing a plain part's scan leaves the part alone");
    }

    @Test
    void a_screened_gzipped_part_is_copied_as_its_screened_columns_line_for_line_and_an_unclean_one_in_full()
            throws IOException {
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        java.util.Map<String, ColumnKind> rules = java.util.Map.of("n", ColumnKind.POSITIVE_INT, "d", ColumnKind.MSSD_DATE);
        String clean = "x,n,y,d\r\na,1,b,2018-07-15\r\n\nc,2,d,15-07-18";
        try (PartScan scan = PartScan.of(gzip(dir.resolve("c.csv.gz"), clean), '"', temp, rules)) {
            assertTrue(scan.screened());
            assertEquals(java.util.Optional.of(List.of("n", "d")), scan.columns());
            assertEquals("n,d\n1,2018-07-15\n\n2,15-07-18\n", Files.readString(scan.readable()));
            assertEquals(LineLayout.scan(new java.io.ByteArrayInputStream(clean.getBytes(StandardCharsets.UTF_8)), '"'),
                    scan.layout().orElseThrow());
        }
        String unclean = "x,n,y,d\na,1,b,2018-07-15\nc,0,d,15-07-18\n";
        try (PartScan scan = PartScan.of(gzip(dir.resolve("u.csv.gz"), unclean), '"', temp, rules)) {
            assertFalse(scan.screened());
            assertEquals(java.util.Optional.empty(), scan.columns());
            assertEquals(unclean, Files.readString(scan.readable()));
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "no copy left behind, the abandoned projection included");
        }
    }

    @Test
    void scans_started_ahead_and_never_taken_leave_no_copy() throws IOException {
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        List<Path> parts = List.of(gzip(dir.resolve("a.csv.gz"), TEXT), gzip(dir.resolve("b.csv.gz"), TEXT),
                gzip(dir.resolve("c.csv.gz"), TEXT), gzip(dir.resolve("d.csv.gz"), TEXT));
        try (PartScans scans = new PartScans(parts, '"', temp)) {
            try (PartScan first = scans.take(0)) {
                assertEquals(parts.get(0), first.file());
            }
            // the import stops here (say, over its error budget): b, c are being scanned ahead
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
