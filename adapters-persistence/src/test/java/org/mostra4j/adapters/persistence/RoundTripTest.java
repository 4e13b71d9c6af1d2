package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.persistence.exporting.CanonicalExporter;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;

/** Law: canonical → store → canonical export is the identity (byte for byte, for files in normal form). */
class RoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void csv_export_of_an_import_is_identical_to_the_input() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            CanonicalFixture fixture = CanonicalFixture.generate(seed, 15);
            Path in = fixture.writeTo(tmp.resolve("in" + seed));
            Path out = tmp.resolve("out" + seed);
            try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db" + seed + ".duckdb")))) {
                var result = new CanonicalImporter(store).importFolder(in, ImportOptions.strict());
                assertTrue(result.isRight(), () -> result.getLeft().report());
                new CanonicalExporter(store).export(out, CanonicalExporter.Format.CSV);
            }
            assertEquals(read(in), read(out), "seed " + seed);
        }
    }

    @Test
    void parquet_export_imports_back_to_the_same_csv() throws Exception {
        Path in = CanonicalFixture.generate(7, 10).writeTo(tmp.resolve("in"));
        try (DuckDbStore first = DuckDbStore.open(StoreOptions.at(tmp.resolve("a.duckdb")))) {
            new CanonicalImporter(first).importFolder(in, ImportOptions.strict()).get();
            new CanonicalExporter(first).export(tmp.resolve("pq"), CanonicalExporter.Format.PARQUET);
        }
        try (DuckDbStore second = DuckDbStore.open(StoreOptions.at(tmp.resolve("b.duckdb")))) {
            var result = new CanonicalImporter(second).importFolder(tmp.resolve("pq"), ImportOptions.strict());
            assertTrue(result.isRight(), () -> result.getLeft().report());
            new CanonicalExporter(second).export(tmp.resolve("csv"), CanonicalExporter.Format.CSV);
        }
        assertEquals(read(in), read(tmp.resolve("csv")));
    }

    static Map<String, String> read(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
