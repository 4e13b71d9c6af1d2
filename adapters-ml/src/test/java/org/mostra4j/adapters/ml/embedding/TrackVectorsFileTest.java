package org.mostra4j.adapters.ml.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.application.port.out.EmbeddingSettings;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

class TrackVectorsFileTest {
    private static final EmbeddingSettings SETTINGS = new EmbeddingSettings(3, 2, 9L, 4, 5, 1);
    private static final TrackVectors VECTORS = TrackVectors.builder(3)
            .put(TrackId.of("b track"), new float[] {0.1f, -2.5f, Float.MIN_VALUE})
            .put(TrackId.of("a/é"), new float[] {1f, 0f, -0f})
            .build();
    private final TrackVectorsFile file = new TrackVectorsFile();
    @TempDir
    Path dir;

    private EmbeddingsManifest save() {
        return file.save(dir.resolve("model"), new TrainedEmbeddings(VECTORS, SETTINGS, 11, 42)).get();
    }

    @Test
    void vectorsRoundTripBitForBit() {
        save();
        TrackVectors back = file.load(dir.resolve("model")).get();
        assertEquals(VECTORS.tracks(), back.tracks());
        for (TrackId t : VECTORS.tracks()) {
            assertArrayEquals(VECTORS.raw(t).orElseThrow(), back.raw(t).orElseThrow());
        }
    }

    @Test
    void theManifestRecordsHowTheVectorsWereMade() throws IOException {
        EmbeddingsManifest m = save();
        assertEquals(2, m.vocabularySize());
        String text = Files.readString(dir.resolve("model/manifest.properties"));
        assertTrue(text.contains("dimension=3\n") && text.contains("epochs=2\n") && text.contains("seed=9\n")
                && text.contains("vocabularySize=2\n") && text.contains("sha256=" + m.sha256()), text);
        assertEquals(m, ManifestText.parse("m", text).get());
    }

    @Test
    void savingTwiceWritesTheSameBytes() throws IOException {
        save();
        byte[] first = Files.readAllBytes(dir.resolve("model/vectors.bin"));
        save();
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("model/vectors.bin")));
    }

    @Test
    void aDamagedVectorsFileIsRefused() throws IOException {
        save();
        Path bin = dir.resolve("model/vectors.bin");
        byte[] bytes = Files.readAllBytes(bin);
        bytes[bytes.length - 1] ^= 1;
        Files.write(bin, bytes);
        Either<String, TrackVectors> r = file.load(dir.resolve("model"));
        assertTrue(r.isLeft() && r.getLeft().contains("checksum"), r.toString());
    }

    @Test
    void aMissingModelSaysWhatIsExpected() {
        Either<String, TrackVectors> r = file.load(dir.resolve("nowhere"));
        assertTrue(r.isLeft() && r.getLeft().contains("not an embeddings model"), r.toString());
    }

    @Test
    void aBadManifestNamesFileLineAndKey() throws IOException {
        save();
        Path manifest = dir.resolve("model/manifest.properties");
        Files.writeString(manifest, Files.readString(manifest).replace("epochs=2", "epochs=two"));
        Either<String, TrackVectors> r = file.load(dir.resolve("model"));
        assertTrue(r.isLeft() && r.getLeft().contains("manifest.properties:4: epochs: not an integer: 'two'"),
                r.toString());
    }
}
