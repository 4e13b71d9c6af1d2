package org.mostra4j.adapters.ml.encoder.model;

import java.util.Objects;
import java.util.Optional;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;

/**
 * A trained encoder: its representation layer, its weights, its manifest and, from format version 2,
 * mostra-seq's prefix head when one was learned.
 */
public record EncoderModel(FeatureEncoder features, EncoderWeights weights, Manifest manifest,
        Optional<SequenceHead> head) {
    public EncoderModel {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(head, "head");
        if (weights.architecture().denseWidth() != features.schema().width()) {
            throw new IllegalArgumentException("architecture expects " + weights.architecture().denseWidth()
                    + " dense features, the schema has " + features.schema().width());
        }
    }

    /** A model without a prefix head. */
    public EncoderModel(FeatureEncoder features, EncoderWeights weights, Manifest manifest) {
        this(features, weights, manifest, Optional.empty());
    }

    public EncoderModel withHead(Optional<SequenceHead> value) {
        return new EncoderModel(features, weights, manifest, value);
    }
}
