package org.mostra4j.application.service;

import java.time.LocalDate;
import java.util.Objects;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.PlayCounts;
import org.mostra4j.domain.diversity.TasteProfile;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.objective.ObjectiveFacts;

/**
 * Adds the listener's {@link TasteProfile} (centre and GS of their history before the session, under the
 * minimum-activity rule) to the facts another port loads, so GS-aware objective plugins such as "broaden"
 * can read it with {@code facts.extension(TasteProfile.class)}. A listener with too little history gets
 * no profile, and the facts pass through unchanged.
 */
public final class TasteProfileFacts implements LoadObjectiveFactsPort {
    private final LoadObjectiveFactsPort delegate;
    private final TrackVectors vectors;
    private final MinimumActivity rule;

    public TasteProfileFacts(LoadObjectiveFactsPort delegate, TrackVectors vectors, MinimumActivity rule) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public ObjectiveFacts factsFor(UserId user, LocalDate date) {
        ObjectiveFacts facts = delegate.factsFor(user, date);
        return PlayCounts.of(facts.history().trackPlays()).profile(vectors, rule)
                .map(profile -> facts.toBuilder().extension(TasteProfile.class, profile).build())
                .orElse(facts);
    }
}
