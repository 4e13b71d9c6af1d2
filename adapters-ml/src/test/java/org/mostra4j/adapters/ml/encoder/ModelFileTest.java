package org.mostra4j.adapters.ml.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mostra4j.adapters.ml.encoder.feature.EncodedSet;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.feature.Vocabulary;
import org.mostra4j.adapters.ml.encoder.infer.FastSetEncoder;
import org.mostra4j.adapters.ml.encoder.model.Architecture;
import org.mostra4j.adapters.ml.encoder.model.EncoderModel;
import org.mostra4j.adapters.ml.encoder.model.EncoderWeights;
import org.mostra4j.adapters.ml.encoder.model.Manifest;
import org.mostra4j.adapters.ml.encoder.model.ModelFile;
import org.mostra4j.adapters.ml.encoder.model.SequenceHead;
import org.mostra4j.domain.search.LinearPrefixHead;
import org.mostra4j.domain.catalog.ObjectiveId;

/** Model files round-trip; corrupt, truncated and incompatible files fail naming the file and the reason. */
class ModelFileTest {
    @TempDir
    Path dir;
    Path file;
    EncoderModel model;

    @BeforeEach
    void save() {
        FeatureSchema schema = FeatureSchema.of(List.of(ObjectiveId.DISCOVERY), 0);
        Architecture a = new Architecture(true, schema.width(), 3, 4, 2, 8, 2, 1, 16);
        FeatureEncoder features = new FeatureEncoder(schema, new Vocabulary(List.of("u1", "u2")),
                new Vocabulary(List.of("t1", "t2", "t3")));
        Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, "set-transformer", a,
                new Manifest.Schema(1, List.of("discovery"), 0, schema.names()), "sha256:x",
                new Manifest.Metrics(0.7, 0.5, 1, 10, 5, 2), "");
        model = new EncoderModel(features, EncoderWeights.initial(a, 9L), manifest);
        file = dir.resolve("m.model");
        assertTrue(ModelFile.save(file, model).isRight());
    }

    @Test
    void roundTripsWeightsVocabulariesAndScores() {
        EncoderModel back = ModelFile.load(file).get();
        for (String name : model.weights().names()) {
            assertArrayEquals(model.weights().get(name), back.weights().get(name), name);
        }
        assertTrue(back.features().tracks().indexOf("t2") == 2 && back.features().users().indexOf("zz") == 0);
        EncodedSet set = RandomSets.of(model.weights().architecture(), 6, new SplittableRandom(1));
        assertArrayEquals(new FastSetEncoder(model.weights()).score(set), new FastSetEncoder(back.weights()).score(set));
    }

    @Test
    void anIsabModelRecordsItsInducingPointsAndLoadsBack() {
        Architecture a = new Architecture(true, model.weights().architecture().denseWidth(), 3, 4, 2, 8, 2, 1, 16, 5);
        EncoderModel isab = new EncoderModel(model.features(), EncoderWeights.initial(a, 10L),
                new Manifest(Manifest.FORMAT_VERSION, "set-transformer", a, model.manifest().featureSchema(), "sha256:x",
                        model.manifest().metrics(), ""));
        Path isabFile = dir.resolve("isab.model");
        assertTrue(ModelFile.save(isabFile, isab).isRight());
        EncoderModel back = ModelFile.load(isabFile).get();
        assertEquals(5, back.weights().architecture().inducingPoints());
        assertArrayEquals(isab.weights().get("b0_I"), back.weights().get("b0_I"));
        EncodedSet set = RandomSets.of(a, 7, new SplittableRandom(2));
        assertArrayEquals(new FastSetEncoder(isab.weights()).score(set), new FastSetEncoder(back.weights()).score(set));
    }

    @Test
    void aManifestWrittenBeforeIsabReadsAsPlainSabBlocks() throws IOException {
        rewrite(b -> {
            String before = new String(b, StandardCharsets.UTF_8);
            String after = before.replaceAll(",\\s*\"inducingPoints\" : 0", "");
            assertTrue(!after.equals(before), "the manifest names inducingPoints");
            return after.getBytes(StandardCharsets.UTF_8);
        }, "manifest.json");
        EncoderModel back = ModelFile.load(file).getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals(0, back.weights().architecture().inducingPoints());
    }

    @Test
    void aTruncatedFileIsReportedWithItsName() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertFails("m.model", "truncated");
    }

    @Test
    void aCorruptedWeightIsCaughtByTheChecksum() throws IOException {
        rewrite(ModelFileTest::flipFirstByte, "weights.bin");
        assertFails("m.model", "checksum mismatch");
    }

    @Test
    void anUnknownFormatVersionIsRefused() throws IOException {
        rewrite(b -> new String(b, StandardCharsets.UTF_8).replace("\"formatVersion\" : " + Manifest.FORMAT_VERSION,
                "\"formatVersion\" : 99")
                .getBytes(StandardCharsets.UTF_8), "manifest.json");
        assertFails("m.model", "format version 99");
    }

    @Test
    void aVersionOneFileWrittenByTheOldPathLoadsWithoutAHeadAndScoresAsBefore() {
        Manifest v1 = new Manifest(1, "set-transformer", model.weights().architecture(),
                model.manifest().featureSchema(), "sha256:x", model.manifest().metrics(), "");
        Path old = dir.resolve("v1.model");
        assertTrue(ModelFile.save(old, new EncoderModel(model.features(), model.weights(), v1)).isRight());
        EncoderModel back = ModelFile.load(old).getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals(1, back.manifest().formatVersion());
        assertTrue(back.head().isEmpty());
        EncodedSet set = RandomSets.of(model.weights().architecture(), 6, new SplittableRandom(3));
        assertArrayEquals(new FastSetEncoder(model.weights()).score(set), new FastSetEncoder(back.weights()).score(set));
    }

    @Test
    void aSequenceHeadRoundTripsAndIsCoveredByTheChecksum() throws IOException {
        SequenceHead head = new SequenceHead(new LinearPrefixHead(List.of(ObjectiveId.DISCOVERY),
                List.of(0.1, -0.08, 0.2, -0.25, -0.3, 0.05)), new SequenceHead.Metrics(100, 20, 0.69, 0.68,
                "12 training sessions whose logged order is random (shuffle play); 3 sessions … were left out"));
        assertTrue(ModelFile.save(file, model.withHead(java.util.Optional.of(head))).isRight());
        EncoderModel back = ModelFile.load(file).getOrElseThrow(msg -> new AssertionError(msg));
        assertEquals(head.head().weights(), back.head().orElseThrow().head().weights());
        assertEquals(head.head().objectives(), back.head().orElseThrow().head().objectives());
        assertEquals(head.metrics(), back.head().orElseThrow().metrics());
        assertEquals("12 training sessions whose logged order is random (shuffle play); 3 sessions … were left out",
                back.head().orElseThrow().metrics().learnedFrom());
        rewrite(b -> new String(b, StandardCharsets.UTF_8).replace("-0.25", "-2.5").getBytes(StandardCharsets.UTF_8),
                "sequence-head.json");
        assertFails("m.model", "checksum mismatch");
    }

    @Test
    void aVersionOneModelCannotCarryAHead() {
        Manifest v1 = new Manifest(1, "set-transformer", model.weights().architecture(),
                model.manifest().featureSchema(), "sha256:x", model.manifest().metrics(), "");
        SequenceHead head = new SequenceHead(new LinearPrefixHead(List.of(), List.of(0.0, 0.0)),
                new SequenceHead.Metrics(1, 1, 0.5, 0.5, null));
        Either<String, Path> r = ModelFile.save(dir.resolve("bad.model"),
                new EncoderModel(model.features(), model.weights(), v1, java.util.Optional.of(head)));
        assertTrue(r.isLeft() && r.getLeft().contains("version 2"), r.toString());
    }

    @Test
    void aHeadWrittenBeforeItsSourceWasKeptSaysNothingOfIt() {
        assertEquals("", new SequenceHead.Metrics(1, 1, 0.5, 0.5, null).learnedFrom());
    }

    @Test
    void garbageIsNotAModel() throws IOException {
        Files.writeString(file, "hello");
        assertFails("m.model", "model file");
    }

    @Test
    void aMissingFileIsNamed() {
        Either<String, EncoderModel> r = ModelFile.load(dir.resolve("absent.model"));
        assertTrue(r.isLeft() && r.getLeft().contains("absent.model") && r.getLeft().contains("no such"), r.toString());
    }

    private void assertFails(String name, String reason) {
        Either<String, EncoderModel> r = ModelFile.load(file);
        assertTrue(r.isLeft(), "expected a failure");
        assertTrue(r.getLeft().contains(name) && r.getLeft().contains(reason), r.getLeft());
    }

    private static byte[] flipFirstByte(byte[] b) {
        byte[] c = b.clone();
        c[0] ^= 0x55;
        return c;
    }

    /** Rewrites one zip entry with {@code change}, keeping the others. */
    private void rewrite(java.util.function.UnaryOperator<byte[]> change, String entry) throws IOException {
        Path out = dir.resolve("rewritten");
        try (InputStream in = Files.newInputStream(file); ZipInputStream zin = new ZipInputStream(in);
                OutputStream os = Files.newOutputStream(out); ZipOutputStream zout = new ZipOutputStream(os)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] content = zin.readAllBytes();
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(e.getName().equals(entry) ? change.apply(content) : content);
                zout.closeEntry();
            }
        }
        Files.move(out, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
