package org.mostra4j.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.out.ImportDatasetPort;
import org.mostra4j.application.port.out.ImportDatasetPort.Limits;

/** The port's contract on each source: committed imports report rows, refused ones leave the store untouched. */
class ImportDatasetPortTest {
    @TempDir
    Path tmp;

    @Test
    void every_source_imports_through_the_port() throws Exception {
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            ImportDatasetPort port = new DuckDbImportAdapter(store);
            var canonical = port.importDataset(new ImportDatasetPort.Canonical(CanonicalFixture.generate(1, 4).writeTo(tmp.resolve("c"))),
                    Limits.strict(), step -> { });
            assertTrue(canonical.isRight());
            assertEquals(4L, canonical.get().rowsAdded().get("sessions"));
            var mssd = port.importDataset(new ImportDatasetPort.Mssd(MssdFixture.log(tmp.resolve("m.csv"), 6, 20, 1),
                    Optional.empty(), Optional.empty(), 0.1), Limits.strict(), step -> { });
            assertEquals(6L, mssd.get().rowsAdded().get("sessions"));
            var lastFm = port.importDataset(new ImportDatasetPort.LastFm(LastFmFixture.log(tmp.resolve("l.tsv"), 2, 10, 1),
                    Duration.ofMinutes(30)), Limits.strict(), step -> { });
            assertEquals(20L, lastFm.get().rowsAdded().get("history"));
        }
    }

    @Test
    void a_refused_import_names_the_line_and_changes_nothing() throws Exception {
        Path log = tmp.resolve("bad.tsv");
        Files.writeString(log, "user_1\t2009-05-04T23:08:57Z\t\tA\t\tB\nuser_1\tyesterday\t\tA\t\tB\n");
        try (DuckDbStore store = DuckDbStore.open(StoreOptions.at(tmp.resolve("db.duckdb")))) {
            var result = new DuckDbImportAdapter(store).importDataset(new ImportDatasetPort.LastFm(log, Duration.ofMinutes(30)),
                    Limits.strict(), step -> { });
            assertTrue(result.isLeft());
            assertTrue(result.getLeft().problems().get(0).startsWith(log + ":2: timestamp: "), result.getLeft().problems().get(0));
            assertEquals(0, CanonicalImportTest.count(store, "history"));
        }
    }
}
