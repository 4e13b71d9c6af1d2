package org.mostra4j.adapters.ml.embedding;

import io.vavr.control.Either;
import io.vavr.control.Try;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mostra4j.application.port.out.EmbeddingsManifest;
import org.mostra4j.application.port.out.LoadTrackVectorsPort;
import org.mostra4j.application.port.out.SaveTrackVectorsPort;
import org.mostra4j.application.port.out.TrainedEmbeddings;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;

/**
 * An embeddings model on disk: a folder holding {@value #VECTORS} (binary, big-endian: magic, format
 * version, dimension, count, then per track in id order its UTF id and its floats) and
 * {@value ManifestText#FILE} (how it was trained and the SHA-256 of the vectors file). Loading refuses a
 * file whose checksum, count or dimension disagrees with its manifest. Plain Java: loading needs no ND4J.
 */
public final class TrackVectorsFile implements SaveTrackVectorsPort, LoadTrackVectorsPort {
    static final String VECTORS = "vectors.bin";
    private static final int MAGIC = 0x4D344A56; // "M4JV"
    private static final int VERSION = 1;

    @Override
    public Either<String, EmbeddingsManifest> save(Path model, TrainedEmbeddings embeddings) {
        return Try.of(() -> {
            byte[] bytes = encode(embeddings.vectors());
            EmbeddingsManifest manifest = new EmbeddingsManifest(embeddings.settings(), embeddings.vectors().size(),
                    embeddings.sentences(), embeddings.tokens(), sha256(bytes));
            Files.createDirectories(model);
            Files.write(model.resolve(VECTORS), bytes);
            Files.writeString(model.resolve(ManifestText.FILE), ManifestText.write(manifest));
            return manifest;
        }).toEither().mapLeft(e -> model + ": cannot save embeddings: " + e.getMessage());
    }

    @Override
    public Either<String, TrackVectors> load(Path model) {
        Path manifestFile = model.resolve(ManifestText.FILE);
        Path vectorsFile = model.resolve(VECTORS);
        if (!Files.isRegularFile(manifestFile) || !Files.isRegularFile(vectorsFile)) {
            return Either.left(model + ": not an embeddings model (expected " + ManifestText.FILE + " and " + VECTORS
                    + "; train one with `mostra4j embed`)");
        }
        return Try.of(() -> Files.readString(manifestFile)).toEither()
                .mapLeft(e -> manifestFile + ": cannot read: " + e.getMessage())
                .flatMap(text -> ManifestText.parse(manifestFile.toString(), text))
                .flatMap(manifest -> readVectors(vectorsFile, manifest));
    }

    /**
     * Checks a model folder without keeping its vectors: both files present, the manifest readable, the vectors
     * file's SHA-256 the manifest's (so any flipped, cut or added byte is found) and its content what the
     * manifest says. Empty when the model is usable, else why not, naming the file.
     */
    public Optional<String> check(Path model) {
        return load(model).fold(Optional::of, vectors -> Optional.empty());
    }

    private static Either<String, TrackVectors> readVectors(Path file, EmbeddingsManifest manifest) {
        return Try.of(() -> Files.readAllBytes(file)).toEither()
                .mapLeft(e -> file + ": cannot read: " + e.getMessage())
                .flatMap(bytes -> sha256(bytes).equals(manifest.sha256()) ? Either.right(bytes)
                        : Either.left(file + ": checksum differs from the sha256 in " + ManifestText.FILE
                                + " (one of the two is damaged, or was replaced)"))
                .flatMap(bytes -> Try.of(() -> decode(bytes, manifest)).toEither()
                        .mapLeft(e -> file + ": " + e.getMessage()));
    }

    static byte[] encode(TrackVectors vectors) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(buffer))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(vectors.dimension());
            out.writeInt(vectors.size());
            List<TrackId> ids = new ArrayList<>(vectors.tracks());
            ids.sort(null);
            for (TrackId id : ids) {
                out.writeUTF(id.value());
                for (float f : vectors.raw(id).orElseThrow()) {
                    out.writeFloat(f);
                }
            }
        }
        return buffer.toByteArray();
    }

    static TrackVectors decode(byte[] bytes, EmbeddingsManifest manifest) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new ByteArrayInputStream(bytes)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a mostra4j track-vectors file");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("format version " + version + " is not supported (expected " + VERSION + ")");
            }
            int dimension = in.readInt();
            int count = in.readInt();
            if (dimension != manifest.settings().dimension() || count != manifest.vocabularySize()) {
                throw new IOException("holds " + count + " vectors of dimension " + dimension + ", the manifest says "
                        + manifest.vocabularySize() + " of dimension " + manifest.settings().dimension());
            }
            TrackVectors.Builder out = TrackVectors.builder(Math.max(1, dimension));
            for (int i = 0; i < count; i++) {
                TrackId id = TrackId.of(in.readUTF());
                float[] v = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    v[d] = in.readFloat();
                }
                out.put(id, v);
            }
            return out.build();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
