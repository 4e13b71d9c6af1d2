package org.mostra4j.application.port.out;

import java.util.Objects;

/**
 * What a saved embeddings model says about itself: how it was trained and a SHA-256 of the vectors
 * file, so a tampered or truncated file is refused on load.
 */
public record EmbeddingsManifest(EmbeddingSettings settings, int vocabularySize, long sentences, long tokens,
        String sha256) {
    public EmbeddingsManifest {
        Objects.requireNonNull(settings, "settings");
        if (vocabularySize < 0) {
            throw new IllegalArgumentException("vocabularySize must be >= 0, was " + vocabularySize);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was '" + sha256 + "'");
        }
    }
}
