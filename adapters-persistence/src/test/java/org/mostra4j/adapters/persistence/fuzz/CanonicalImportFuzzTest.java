package org.mostra4j.adapters.persistence.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mostra4j.adapters.persistence.importing.CanonicalImporter;
import org.mostra4j.adapters.persistence.importing.ImportOptions;

/** Law: any sessions.csv (after valid users) imports, or fails naming real lines and writing nothing. */
class CanonicalImportFuzzTest {
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
    void anySessionsFileImportsOrFailsCleanly(byte[] data) throws Exception {
        Path dir = fuzz.dir.resolve("canonical");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("users.csv"), "user_id\nu1\nu2\n");
        Files.write(dir.resolve("sessions.csv"), data);
        fuzz.check(new CanonicalImporter(fuzz.store).importFolder(dir, ImportOptions.strict()), FuzzStore.lines(data));
        var lenient = new CanonicalImporter(fuzz.store).importFolder(dir,
                ImportOptions.strict().withMaxErrors(3, fuzz.dir.resolve("rejects.txt")));
        fuzz.check(lenient, FuzzStore.lines(data));
    }
}
