package org.mostra4j.examples.broaden;

import java.util.Optional;
import java.util.OptionalDouble;
import org.mostra4j.domain.diversity.TasteProfile;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.ObjectiveQuery;

/**
 * "broaden": a GS-aware objective. A track serves it when it lies farther from the listener's centre of
 * taste than both their own typical play and a fixed ceiling:
 * {@code cos(track, centre) < min(GS(listener), ceiling)}.
 *
 * <p>GS is the listener's mean cosine to their centre, so each listener is measured by their own spread:
 * a generalist (low GS) is offered only tracks beyond an already wide spread, which keeps them broad; a
 * specialist (high GS) is offered only tracks clearly outside their niche (the ceiling, default 0.5),
 * not every slight variation of it, so a session is not flooded with "broadening" labels. The submodular
 * scorer then decides how many such tracks a sequence gets.
 *
 * <p>It reads the listener's {@link TasteProfile} (centre, GS, track vectors) from
 * {@link ObjectiveFacts#extension(Class)}; the host attaches it. Without a profile (no embeddings, or too
 * little listening for a GS) or for a track without a vector, nothing serves: the plugin never guesses.
 * Pure and deterministic, as the {@link Objective} contract asks.
 */
public final class Broaden implements Objective {
    public static final ObjectiveId ID = ObjectiveId.of("broaden");
    public static final double DEFAULT_CEILING = 0.5;
    private final double ceiling;

    /** The ServiceLoader entry point: ceiling 0.5. */
    public Broaden() {
        this(DEFAULT_CEILING);
    }

    /** For hosts that register the plugin themselves (e.g. with a Guice multibinder) and tune it. */
    public Broaden(double ceiling) {
        if (!(ceiling >= -1.0 && ceiling <= 1.0)) {
            throw new IllegalArgumentException("ceiling must be a cosine in [-1, 1], was " + ceiling);
        }
        this.ceiling = ceiling;
    }

    @Override
    public ObjectiveId id() {
        return ID;
    }

    @Override
    public String description() {
        return "broadens the listener: farther from their taste centre than their own GS and than " + ceiling;
    }

    @Override
    public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
        Optional<TasteProfile> profile = facts.extension(TasteProfile.class);
        if (profile.isEmpty()) {
            return false;
        }
        OptionalDouble cosine = profile.get().cosineToCentre(query.track());
        return cosine.isPresent() && cosine.getAsDouble() < threshold(profile.get());
    }

    /** The cosine below which a track broadens this listener. */
    public double threshold(TasteProfile profile) {
        return Math.min(profile.score().value(), ceiling);
    }
}
