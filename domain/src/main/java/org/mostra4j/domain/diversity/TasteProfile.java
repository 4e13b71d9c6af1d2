package org.mostra4j.domain.diversity;

import java.util.Objects;
import java.util.OptionalDouble;
import org.mostra4j.domain.catalog.TrackId;

/**
 * A listener's position in embedding space: the centre of their plays, their GS, and the vectors both
 * were computed from. Hosts attach it to {@code ObjectiveFacts} as an extension, so GS-aware objective
 * plugins can read it without fetching anything.
 */
public record TasteProfile(UnitVector centre, GsScore score, TrackVectors vectors) {
    public TasteProfile {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(vectors, "vectors");
        if (centre.dimension() != vectors.dimension()) {
            throw new IllegalArgumentException("centre has dimension " + centre.dimension() + ", vectors "
                    + vectors.dimension());
        }
    }

    /** cos(track, centre); empty when the track has no vector. */
    public OptionalDouble cosineToCentre(TrackId track) {
        return vectors.direction(track).map(u -> OptionalDouble.of(u.cosine(centre))).orElse(OptionalDouble.empty());
    }
}
