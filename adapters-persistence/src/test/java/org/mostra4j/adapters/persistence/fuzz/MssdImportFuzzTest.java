package org.mostra4j.adapters.persistence.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mostra4j.adapters.persistence.importing.ImportOptions;
import org.mostra4j.adapters.persistence.importing.MssdImporter;

/** Law: any MSSD log body (under the real header) imports, or fails naming real lines and writing nothing. */
class MssdImportFuzzTest {
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
    void anyLogBodyImportsOrFailsCleanly(byte[] body) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write((String.join(",", MssdImporter.LOG_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
        file.write(body);
        Path log = fuzz.dir.resolve("log.csv");
        Files.write(log, file.toByteArray());
        long lines = FuzzStore.lines(file.toByteArray());
        fuzz.check(new MssdImporter(fuzz.store).importLog(log, MssdImporter.Extras.none(), ImportOptions.strict()), lines);
        fuzz.check(new MssdImporter(fuzz.store).importLog(log, MssdImporter.Extras.none(),
                ImportOptions.strict().withMaxErrors(3, fuzz.dir.resolve("rejects.txt"))), lines);
    }
}
