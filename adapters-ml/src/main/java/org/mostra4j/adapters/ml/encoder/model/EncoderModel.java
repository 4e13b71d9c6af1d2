package org.mostra4j.adapters.ml.encoder.model;

import java.util.Objects;
import org.mostra4j.adapters.ml.encoder.feature.FeatureEncoder;

/** A trained encoder: its representation layer, its weights and its manifest. */
public record EncoderModel(FeatureEncoder features, EncoderWeights weights, Manifest manifest) {
    public EncoderModel {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(manifest, "manifest");
        if (weights.architecture().denseWidth() != features.schema().width()) {
            throw new IllegalArgumentException("architecture expects " + weights.architecture().denseWidth()
                    + " dense features, the schema has " + features.schema().width());
        }
    }
}
