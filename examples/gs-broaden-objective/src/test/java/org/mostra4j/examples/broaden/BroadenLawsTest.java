package org.mostra4j.examples.broaden;

import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.PlayCounts;
import org.mostra4j.domain.diversity.TasteProfile;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.objective.Objective;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.objective.ObjectiveLaws;

/**
 * "broaden" under the generic objective contract. The facts are enriched the way a host does it
 * (TasteProfileFacts): the profile of the world's history, over vectors for the world's tracks t0–t7
 * spread over half a circle. Tracks outside that vocabulary (the laws' unrelated entries) carry no vector,
 * so they cannot move the centre: broaden stays independent of unrelated facts without opting out.
 */
class BroadenLawsTest implements ObjectiveLaws {
    private static final TrackVectors HALF_CIRCLE = halfCircle();

    private static TrackVectors halfCircle() {
        TrackVectors.Builder b = TrackVectors.builder(2);
        for (int i = 0; i < 8; i++) {
            double r = Math.toRadians(25 * i);
            b.put(TrackId.of("t" + i), new float[] {(float) Math.cos(r), (float) Math.sin(r)});
        }
        return b.build();
    }

    @Override
    public Objective newObjective() {
        return new Broaden();
    }

    @Override
    public ObjectiveFacts enrich(ObjectiveFacts facts) {
        return PlayCounts.of(facts.history().trackPlays()).profile(HALF_CIRCLE, MinimumActivity.NONE)
                .map(p -> facts.toBuilder().extension(TasteProfile.class, p).build())
                .orElse(facts);
    }
}
