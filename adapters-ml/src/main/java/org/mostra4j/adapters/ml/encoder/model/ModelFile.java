package org.mostra4j.adapters.ml.encoder.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.feature.Vocabulary;
import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * The encoder's file: a zip of {@code manifest.json}, {@code users.txt}, {@code tracks.txt} (one id per
 * line, embedding rows 1..) and {@code weights.bin} (every parameter in architecture order, big-endian
 * float32). The manifest's checksum is the SHA-256 of the three payload entries in that order. Written
 * to a temporary file and moved into place, so a failed write leaves no partial model. Reading reports
 * a corrupt, truncated or incompatible file as a message naming the file and the reason.
 */
public final class ModelFile {
    static final String MANIFEST = "manifest.json";
    static final String USERS = "users.txt";
    static final String TRACKS = "tracks.txt";
    static final String WEIGHTS = "weights.bin";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ModelFile() {
    }

    public static Either<String, Path> save(Path file, EncoderModel model) {
        try {
            byte[] users = lines(model.features().users().ids());
            byte[] tracks = lines(model.features().tracks().ids());
            byte[] weights = weights(model.weights());
            Manifest manifest = model.manifest().withChecksum(checksum(users, tracks, weights));
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                entry(zip, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                entry(zip, USERS, users);
                entry(zip, TRACKS, tracks);
                entry(zip, WEIGHTS, weights);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Either.right(file);
        } catch (IOException e) {
            return Either.left(file + ": cannot write model file: " + e.getMessage());
        }
    }

    public static Either<String, EncoderModel> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Either.left(file + ": no such model file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in);
        } catch (IOException e) {
            return Either.left(file + ": corrupt or truncated model file (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a model from its bytes (e.g. broadcast to a Spark executor, which has no copy of the file);
     * {@code source} names the file in messages.
     */
    public static Either<String, EncoderModel> load(String source, byte[] content) {
        try {
            return load(source, new java.io.ByteArrayInputStream(content));
        } catch (IOException e) {
            return Either.left(source + ": corrupt or truncated model file (" + e.getMessage() + ")");
        }
    }

    private static Either<String, EncoderModel> load(String source, InputStream in) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        for (String name : List.of(MANIFEST, USERS, TRACKS, WEIGHTS)) {
            if (!entries.containsKey(name)) {
                return Either.left(source + ": not a complete model file (entry " + name + " is missing; corrupt or truncated?)");
            }
        }
        return read(source, entries);
    }

    private static Either<String, EncoderModel> read(String file, Map<String, byte[]> entries) {
        Manifest m;
        try {
            m = JSON.readValue(entries.get(MANIFEST), Manifest.class);
        } catch (IOException | RuntimeException e) {
            return Either.left(file + ": unreadable manifest (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (m.formatVersion() != Manifest.FORMAT_VERSION) {
            return Either.left(file + ": model format version " + m.formatVersion() + ", this build reads version "
                    + Manifest.FORMAT_VERSION + " (retrain the model)");
        }
        if (m.featureSchema().version() != FeatureSchema.VERSION) {
            return Either.left(file + ": feature schema version " + m.featureSchema().version()
                    + ", this build computes version " + FeatureSchema.VERSION + " (retrain the model)");
        }
        String sum = checksum(entries.get(USERS), entries.get(TRACKS), entries.get(WEIGHTS));
        if (!sum.equals(m.checksum())) {
            return Either.left(file + ": checksum mismatch (manifest says " + m.checksum() + ", content is " + sum
                    + "): the file is corrupt");
        }
        try {
            Vocabulary users = new Vocabulary(text(entries.get(USERS)));
            Vocabulary tracks = new Vocabulary(text(entries.get(TRACKS)));
            FeatureSchema schema = FeatureSchema.of(m.featureSchema().objectives().stream().map(ObjectiveId::of).toList(),
                    m.featureSchema().contentWidth());
            Architecture a = m.architecture();
            if (a.userRows() != users.rows() || a.trackRows() != tracks.rows()) {
                return Either.left(file + ": vocabulary sizes do not match the architecture");
            }
            EncoderWeights w = EncoderWeights.of(a, readWeights(a, entries.get(WEIGHTS)));
            return Either.right(new EncoderModel(new FeatureEncoder(schema, users, tracks), w, m));
        } catch (IllegalArgumentException e) {
            return Either.left(file + ": incompatible model file (" + e.getMessage() + ")");
        }
    }

    private static Map<String, float[]> readWeights(Architecture a, byte[] bytes) {
        long expected = a.parameterCount() * Float.BYTES;
        if (bytes.length != expected) {
            throw new IllegalArgumentException("weights.bin has " + bytes.length + " bytes, the architecture needs "
                    + expected);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (Architecture.Parameter p : a.parameters()) {
            float[] x = new float[(int) p.size()];
            buf.asFloatBuffer().get(x);
            buf.position(buf.position() + x.length * Float.BYTES);
            out.put(p.name(), x);
        }
        return out;
    }

    private static byte[] weights(EncoderWeights w) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Architecture.Parameter p : w.architecture().parameters()) {
                for (float v : w.get(p.name())) {
                    out.writeFloat(v);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] lines(List<String> ids) {
        return (String.join("\n", ids) + (ids.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> text(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    static String checksum(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
