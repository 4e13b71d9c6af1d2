package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.feature.Vocabulary;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.Manifest;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * Law: a model file damaged anywhere (one byte flipped at any offset, cut at any length, bytes appended) is refused
 * by {@link ModelFile#load(Path)}, {@link ModelFile#load(String, byte[])} and {@link ModelFile#check}, naming the
 * file; the intact file loads. The file is small, so every offset and every length is tried, which covers its start,
 * middle and end.
 */
class ModelFileDamageTest {
    @TempDir
    Path dir;
    Path file;
    byte[] intact;

    @BeforeEach
    void save() throws IOException {
        FeatureSchema schema = FeatureSchema.of(List.of(ObjectiveId.DISCOVERY), 0);
        Architecture a = new Architecture(true, schema.width(), 3, 4, 2, 8, 2, 1, 16);
        FeatureEncoder features = new FeatureEncoder(schema, new Vocabulary(List.of("u1", "u2")),
                new Vocabulary(List.of("t1", "t2", "t3")));
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, "set-transformer", a,
                new Manifest.Schema(1, List.of("discovery"), 0, schema.names()), "sha256:x",
                new Manifest.Metrics(0.7, 0.5, 1, 10, 5, 2), "");
        file = dir.resolve("m.model");
        assertTrue(ModelFile.save(file, new EncoderModel(features, EncoderWeights.initial(a, 9L), manifest)).isRight());
        intact = Files.readAllBytes(file);
        assertTrue(ModelFile.load(file).isRight(), "the intact file loads");
        assertTrue(ModelFile.check(file).isEmpty(), "the intact file checks");
    }

    @Test
    void everySingleByteFlipIsRefused() throws IOException {
        List<Integer> accepted = new ArrayList<>();
        for (int at = 0; at < intact.length; at++) {
            byte[] damaged = intact.clone();
            damaged[at] ^= 0x55;
            if (!refused(damaged)) {
                accepted.add(at);
            }
        }
        assertEquals(List.of(), accepted, "offsets whose flip loaded anyway (file of " + intact.length + " bytes)");
    }

    @Test
    void everyTruncationIsRefused() throws IOException {
        List<Integer> accepted = new ArrayList<>();
        for (int length = 0; length < intact.length; length++) {
            if (!refused(Arrays.copyOf(intact, length))) {
                accepted.add(length);
            }
        }
        assertEquals(List.of(), accepted, "lengths that loaded anyway (file of " + intact.length + " bytes)");
    }

    @Test
    void bytesAppendedOrAZipCommentAreRefused() throws IOException {
        assertTrue(refused(Arrays.copyOf(intact, intact.length + 1)), "one zero byte appended");
        byte[] commented = Arrays.copyOf(intact, intact.length + 3);
        commented[intact.length - 2] = 3;
        assertTrue(refused(commented), "a 3-byte zip comment the writer never writes");
    }

    @Test
    void aFolderIsADirectoryNotAMissingFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.model"));
        Either<String, EncoderModel> r = ModelFile.load(folder);
        assertTrue(r.isLeft() && r.getLeft().contains("folder.model: is a directory"), r.toString());
    }

    private boolean refused(byte[] content) throws IOException {
        Files.write(file, content);
        Either<String, EncoderModel> loaded = ModelFile.load(file);
        boolean checkRefuses = ModelFile.check(file).map(m -> m.startsWith(file.toString())).orElse(false);
        boolean loadRefuses = loaded.isLeft() && loaded.getLeft().startsWith(file.toString());
        boolean bytesRefused = ModelFile.load("sent.model", content).fold(m -> m.startsWith("sent.model"), m -> false);
        assertEquals(loadRefuses, checkRefuses, "load and check agree: " + loaded);
        assertEquals(loadRefuses, bytesRefused, "loading the file and loading its bytes agree: " + loaded);
        return loadRefuses;
    }
}
