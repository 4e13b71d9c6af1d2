package org.mostra4j.adapters.ml.encoder.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;
import org.mostra4j.adapters.ml.encoder.feature.FeatureSchema;
import org.mostra4j.adapters.ml.encoder.feature.Vocabulary;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.search.LinearPrefixHead;

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
    static final String HEAD = "sequence-head.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ModelFile() {
    }

    public static Either<String, Path> save(Path file, EncoderModel model) {
        try {
            byte[] users = lines(model.features().users().ids());
            byte[] tracks = lines(model.features().tracks().ids());
            byte[] weights = weights(model.weights());
            if (model.head().isPresent() && model.manifest().formatVersion() < 2) {
                return Either.left(file + ": a model with a sequence head needs format version 2 or later");
            }
            byte[] head = model.head().isPresent() ? JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(HeadJson.of(model.head().get())) : null;
            Manifest manifest = model.manifest().withChecksum(head == null ? checksum(users, tracks, weights)
                    : checksum(users, tracks, weights, head));
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                entry(zip, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                entry(zip, USERS, users);
                entry(zip, TRACKS, tracks);
                entry(zip, WEIGHTS, weights);
                if (head != null) {
                    entry(zip, HEAD, head);
                }
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
        return bytes(file).flatMap(content -> load(file.toString(), content));
    }

    /**
     * Reads a model from its bytes (e.g. sent to a process that has no copy of the file), with the same strict
     * checks as {@link #load(Path)}; {@code source} names the file in messages.
     */
    public static Either<String, EncoderModel> load(String source, byte[] content) {
        return entries(source, content).flatMap(entries -> read(source, entries));
    }

    /**
     * Checks a model file without building the model: the archive read strictly end to end, every entry present,
     * and the manifest's checksum over the payload. Empty when it is intact, else why not, naming the file.
     */
    public static Optional<String> check(Path file) {
        String source = file.toString();
        return bytes(file).flatMap(content -> entries(source, content))
                .flatMap(entries -> manifest(source, entries).map(m -> entries))
                .fold(Optional::of, entries -> Optional.empty());
    }

    private static Either<String, byte[]> bytes(Path file) {
        if (Files.isDirectory(file)) {
            return Either.left(file + ": is a directory, not a model file");
        }
        if (!Files.isRegularFile(file)) {
            return Either.left(file + ": no such model file");
        }
        try {
            return Either.right(Files.readAllBytes(file));
        } catch (IOException e) {
            return Either.left(file + ": cannot read model file (" + e.getMessage() + ")");
        }
    }

    private static Either<String, Map<String, byte[]>> entries(String file, byte[] bytes) {
        Either<String, Map<String, byte[]>> read = ModelArchive.read(bytes)
                .mapLeft(why -> file + ": corrupt or truncated model file (" + why + ")");
        if (read.isLeft()) {
            return read;
        }
        for (String name : List.of(MANIFEST, USERS, TRACKS, WEIGHTS)) {
            if (!read.get().containsKey(name)) {
                return Either.left(file + ": not a complete model file (entry " + name + " is missing; corrupt or truncated?)");
            }
        }
        return read;
    }

    private static Either<String, EncoderModel> read(String file, Map<String, byte[]> entries) {
        return manifest(file, entries).flatMap(m -> model(file, entries, m));
    }

    /** The manifest, once its versions are this build's and its checksum matches the payload. */
    private static Either<String, Manifest> manifest(String file, Map<String, byte[]> entries) {
        Manifest m;
        try {
            m = JSON.readValue(entries.get(MANIFEST), Manifest.class);
        } catch (IOException | RuntimeException e) {
            return Either.left(file + ": unreadable manifest (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (m.formatVersion() < 1 || m.formatVersion() > Manifest.FORMAT_VERSION) {
            return Either.left(file + ": model format version " + m.formatVersion() + ", this build reads versions 1 to "
                    + Manifest.FORMAT_VERSION + " (retrain the model)");
        }
        // version 1 files have no sequence head; from version 2 the entry is optional and checksummed
        byte[] headBytes = m.formatVersion() >= 2 ? entries.get(HEAD) : null;
        if (m.featureSchema().version() != FeatureSchema.VERSION) {
            return Either.left(file + ": feature schema version " + m.featureSchema().version()
                    + ", this build computes version " + FeatureSchema.VERSION + " (retrain the model)");
        }
        String sum = headBytes == null ? checksum(entries.get(USERS), entries.get(TRACKS), entries.get(WEIGHTS))
                : checksum(entries.get(USERS), entries.get(TRACKS), entries.get(WEIGHTS), headBytes);
        if (!sum.equals(m.checksum())) {
            return Either.left(file + ": checksum mismatch (manifest says " + m.checksum() + ", content is " + sum
                    + "): the file is corrupt");
        }
        return Either.right(m);
    }

    private static Either<String, EncoderModel> model(String file, Map<String, byte[]> entries, Manifest m) {
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
            byte[] headBytes = m.formatVersion() >= 2 ? entries.get(HEAD) : null;
            java.util.Optional<SequenceHead> head = headBytes == null ? java.util.Optional.empty()
                    : java.util.Optional.of(JSON.readValue(headBytes, HeadJson.class).head());
            return Either.right(new EncoderModel(new FeatureEncoder(schema, users, tracks), w, m, head));
        } catch (IOException e) {
            return Either.left(file + ": unreadable " + HEAD + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
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

    /** The head entry as JSON: feature names are informative, objectives and weights decide. */
    record HeadJson(List<String> objectives, List<String> features, List<Double> weights, SequenceHead.Metrics metrics) {
        static HeadJson of(SequenceHead h) {
            return new HeadJson(h.head().objectives().stream().map(ObjectiveId::value).toList(),
                    LinearPrefixHead.featureNames(h.head().objectives()), h.head().weights(), h.metrics());
        }

        SequenceHead head() {
            if (objectives == null || weights == null || metrics == null) {
                throw new IllegalArgumentException(HEAD + " lacks objectives, weights or metrics");
            }
            return new SequenceHead(new LinearPrefixHead(objectives.stream().map(ObjectiveId::of).toList(), weights),
                    metrics);
        }
    }
}
