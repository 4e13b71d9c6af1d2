package org.mostra4j.adapters.ml.encoder.model;

import java.util.List;
import java.util.Objects;

/**
 * What a model file says about itself: format version, architecture, feature schema, a fingerprint
 * of the training data, validation metrics, and the SHA-256 of the payload entries.
 */
public record Manifest(int formatVersion, String kind, Architecture architecture, Schema featureSchema,
        String trainingFingerprint, Metrics metrics, String checksum) {
    /** 2: an optional {@code sequence-head.json} entry (mostra-seq's prefix head); version 1 files still load. */
    public static final int FORMAT_VERSION = 2;

    public Manifest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(featureSchema, "featureSchema");
        Objects.requireNonNull(trainingFingerprint, "trainingFingerprint");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(checksum, "checksum");
    }

    public Manifest withChecksum(String value) {
        return new Manifest(formatVersion, kind, architecture, featureSchema, trainingFingerprint, metrics, value);
    }

    /** The feature schema as stored (names are informative; version, objectives and width decide). */
    public record Schema(int version, List<String> objectives, int contentWidth, List<String> names) {
    }

    /** Validation metrics of the stored weights. */
    public record Metrics(double validationAuc, double validationLogLoss, int epochs, double sessionsPerSecond,
            long trainingSessions, long validationSessions) {
    }
}
