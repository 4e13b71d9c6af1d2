package org.mostra4j.adapters.persistence.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.LastFmImporter;

/** Law: any Last.fm-1K TSV imports, or fails naming real lines and writing nothing. */
class LastFmImportFuzzTest {
    private static FuzzStore fuzz;

    @BeforeAll
    static void open() throws Exception {
        fuzz = new FuzzStore();
    }

    @AfterAll
    static void close() {
        fuzz.close();
    }

    @FuzzTest(maxDuration = "20s")
    void anyLogImportsOrFailsCleanly(byte[] data) throws Exception {
        Path log = fuzz.dir.resolve("log.tsv");
        Files.write(log, data);
        long lines = FuzzStore.lines(data);
        fuzz.check(new LastFmImporter(fuzz.store).importLog(log, LastFmImporter.DEFAULT_GAP, ImportOptions.strict()), lines);
        fuzz.check(new LastFmImporter(fuzz.store).importLog(log, LastFmImporter.DEFAULT_GAP,
                ImportOptions.strict().withMaxErrors(3, fuzz.dir.resolve("rejects.txt"))), lines);
    }
}
