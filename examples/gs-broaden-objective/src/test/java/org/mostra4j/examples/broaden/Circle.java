package org.mostra4j.examples.broaden;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.diversity.MinimumActivity;
import org.mostra4j.domain.diversity.PlayCounts;
import org.mostra4j.domain.diversity.TasteProfile;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.objective.ObjectiveQuery;

/** Test fixture: tracks "d0" … "d180" on the unit circle at their angle in degrees (steps of 5). */
final class Circle {
    static final TrackVectors VECTORS = vectors();

    private Circle() {
    }

    private static TrackVectors vectors() {
        TrackVectors.Builder b = TrackVectors.builder(2);
        for (int deg = 0; deg <= 180; deg += 5) {
            double r = Math.toRadians(deg);
            b.put(track(deg), new float[] {(float) Math.cos(r), (float) Math.sin(r)});
        }
        return b.build();
    }

    static TrackId track(int degrees) {
        return TrackId.of("d" + degrees);
    }

    /** A listener who played each of {@code degrees} {@code times} times (centre and GS follow). */
    static TasteProfile listener(int times, int... degrees) {
        Map<TrackId, Long> plays = new java.util.HashMap<>();
        for (int d : degrees) {
            plays.put(track(d), (long) times);
        }
        return PlayCounts.of(plays).profile(VECTORS, MinimumActivity.NONE).orElseThrow();
    }

    static ObjectiveFacts facts(TasteProfile profile) {
        return ObjectiveFacts.builder().extension(TasteProfile.class, profile).build();
    }

    static ObjectiveQuery query(TrackId track) {
        return new ObjectiveQuery(UserId.of("u"), track, Optional.empty(), LocalDate.of(2024, 1, 1));
    }
}
