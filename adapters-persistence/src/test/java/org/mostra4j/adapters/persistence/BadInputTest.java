package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportFailure;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.ImportSummary;
import org.mostra4j.adapters.persistence.importing.Problem;

/** Every problem names file:line: column; line numbers survive blank lines and malformed rows before them. */
class BadInputTest {
    @TempDir
    Path tmp;

    io.vavr.control.Either<ImportFailure, ImportSummary> importArtists(String artistsCsv, ImportOptions options)
            throws Exception {
        Path dir = tmp.resolve("in" + System.nanoTime());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("artists.csv"), artistsCsv);
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            return new CanonicalImporter(store).importFolder(dir, options);
        }
    }

    String first(io.vavr.control.Either<ImportFailure, ImportSummary> result) {
        assertTrue(result.isLeft(), "expected a failure");
        Problem p = result.getLeft().problems().get(0);
        return p.line() + ": " + p.column() + ": " + p.message();
    }

    @Test
    void line_numbers_count_blank_lines_and_malformed_rows() throws Exception {
        String csv = "artist_id,name\na1,x\n\na2,y\n a3,z\n";
        assertEquals("5: artist_id: expected an id (no surrounding spaces or control characters), found ' a3'", first(importArtists(csv, ImportOptions.strict())));
        String malformedFirst = "artist_id,name\na1,x\na2,y,extra\n\na3,\"q\"\na4,w\na1,dup\n";
        assertEquals("3: -: expected 2 columns, found 3", first(importArtists(malformedFirst, ImportOptions.strict())));
        var lenient = importArtists(malformedFirst, ImportOptions.strict().withMaxErrors(1, tmp.resolve("r.txt")));
        assertEquals(List.of("3: -: expected 2 columns, found 3", "7: artist_id: duplicate artist_id (first at line 2)"),
                lenient.getLeft().problems().stream().map(p -> p.line() + ": " + p.column() + ": " + p.message()).toList());
    }

    @Test
    void header_problems_are_reported_on_line_1() throws Exception {
        assertEquals("1: name: missing column in the header", first(importArtists("artist_id\na1\n", ImportOptions.strict())));
        assertEquals("1: nam: unknown column; expected artist_id, name",
                first(importArtists("artist_id,name,nam\na1,x,y\n", ImportOptions.strict())));
    }

    @Test
    void max_errors_loads_the_good_rows_and_writes_every_rejected_row_with_its_reason() throws Exception {
        Path rejects = tmp.resolve("rejects.txt");
        var result = importArtists("artist_id,name\na1,x\n,nameless\na2,y\na1,again\n",
                ImportOptions.strict().withMaxErrors(5, rejects));
        assertTrue(result.isRight(), () -> result.getLeft().report());
        assertEquals(1L * 2, result.get().rowsAdded().get("artists"));
        assertEquals(2, result.get().rejected());
        List<String> lines = Files.readAllLines(rejects);
        String file = lines.get(0).substring(0, lines.get(0).indexOf(":3:"));
        assertEquals(List.of(file + ":3: artist_id: missing value, expected an id (no surrounding spaces or control characters)\t| ,nameless",
                file + ":5: artist_id: duplicate artist_id (first at line 2)\t| a1,again"), lines);
    }

    @Test
    void references_are_checked() throws Exception {
        Path dir = CanonicalFixture.generate(4, 3).writeTo(tmp.resolve("ref"));
        String cands = Files.readString(dir.resolve("candidates.csv"));
        Files.writeString(dir.resolve("candidates.csv"), cands.replaceFirst("\ns0001,t\\d\\d,", "\ns0001,zz,"));
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("ref.duckdb")))) {
            var result = new CanonicalImporter(store).importFolder(dir, ImportOptions.strict());
            assertTrue(result.isLeft());
            Problem p = result.getLeft().problems().get(0);
            assertEquals("track_id: unknown track 'zz'", p.column() + ": " + p.message());
            assertTrue(p.file().endsWith("candidates.csv"));
            assertEquals(0, CanonicalImportTest.count(store, "artists"));
        }
    }
}
