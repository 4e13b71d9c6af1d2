package org.mostra4j.adapters.ml.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

/**
 * Law: an embeddings model with either file damaged anywhere (one byte flipped at any offset, cut at any length) is
 * refused, naming the damaged file (a damaged checksum line shows as a mismatch naming both files); the intact
 * model loads. Both files are small, so every offset and length is
 * tried, covering their start, middle and end.
 */
class TrackVectorsDamageTest {
    @TempDir
    Path dir;
    Path model;
    private final TrackVectorsFile files = new TrackVectorsFile();

    @BeforeEach
    void save() {
        model = dir.resolve("model");
        TrackVectors vectors = TrackVectors.builder(3).put(TrackId.of("t1"), new float[] {0.1f, -2.5f, 1f})
                .put(TrackId.of("t2"), new float[] {1f, 0f, -0f}).build();
        files.save(model, new TrainedEmbeddings(vectors, new EmbeddingSettings(3, 2, 9L, 4, 5, 1), 11, 42)).get();
        assertTrue(files.load(model).isRight(), "the intact model loads");
    }

    @Test
    void everyFlipAndCutOfTheVectorsFileIsRefused() throws IOException {
        assertEquals(List.of(), accepted(model.resolve(TrackVectorsFile.VECTORS)));
    }

    @Test
    void everyFlipAndCutOfTheManifestIsRefused() throws IOException {
        assertEquals(List.of(), accepted(model.resolve(ManifestText.FILE)));
    }

    /** The damages that loaded anyway, as "flip@N" and "cut@N". */
    private List<String> accepted(Path file) throws IOException {
        byte[] intact = Files.readAllBytes(file);
        List<String> accepted = new ArrayList<>();
        for (int at = 0; at < intact.length; at++) {
            byte[] damaged = intact.clone();
            damaged[at] ^= 0x55;
            if (!refused(file, damaged)) {
                accepted.add("flip@" + at);
            }
        }
        for (int length = 0; length < intact.length; length++) {
            if (!refused(file, Arrays.copyOf(intact, length))) {
                accepted.add("cut@" + length);
            }
        }
        Files.write(file, intact);
        return accepted;
    }

    private boolean refused(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        // a flipped checksum in the manifest shows as a mismatch reported on vectors.bin, naming both files
        return files.load(model).fold(why -> why.startsWith(file.toString())
                || why.contains(TrackVectorsFile.VECTORS + ": checksum differs from the sha256 in " + ManifestText.FILE),
                loaded -> false);
    }
}
