package org.mostra4j.domain.diversity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;

/** The minimum-activity rule and the per-listener / per-sequence wrappers around {@link GsScore}. */
class PlayCountsTest {
    /** Tracks t0..t9 on the unit circle at 10° steps. */
    private static final TrackVectors CIRCLE = circle();

    private static TrackVectors circle() {
        TrackVectors.Builder b = TrackVectors.builder(2);
        for (int i = 0; i < 10; i++) {
            double angle = Math.toRadians(10 * i);
            b.put(TrackId.of("t" + i), new float[] {(float) Math.cos(angle), (float) Math.sin(angle)});
        }
        b.put(TrackId.of("zero"), new float[] {0f, 0f});
        return b.build();
    }

    private static PlayCounts plays(int tracks, long each) {
        Map<TrackId, Long> m = new HashMap<>();
        for (int i = 0; i < tracks; i++) {
            m.put(TrackId.of("t" + i), each);
        }
        return PlayCounts.of(m);
    }

    @Test
    void fourDistinctTracksAreTooFewForAListener() {
        assertTrue(plays(4, 100).gs(CIRCLE, MinimumActivity.LISTENER).isEmpty());
    }

    @Test
    void fiveTracksNeedTwentyStreams() {
        assertTrue(plays(5, 3).gs(CIRCLE, MinimumActivity.LISTENER).isEmpty());
        assertTrue(plays(5, 4).gs(CIRCLE, MinimumActivity.LISTENER).isPresent());
    }

    @Test
    void outOfVocabularyPlaysDoNotCount() {
        Map<TrackId, Long> m = new HashMap<>(plays(4, 10).counts());
        m.put(TrackId.of("unknown"), 50L);
        m.put(TrackId.of("zero"), 50L);
        assertTrue(PlayCounts.of(m).gs(CIRCLE, MinimumActivity.LISTENER).isEmpty());
        assertEquals(4, PlayCounts.of(m).weighted(CIRCLE).size());
    }

    @Test
    void aListenerScoreMatchesTheBareMathematics() {
        PlayCounts p = plays(6, 5);
        double expected = GsScore.of(p.weighted(CIRCLE)).orElseThrow().value();
        assertEquals(expected, p.gs(CIRCLE, MinimumActivity.LISTENER).orElseThrow().value(), 0.0);
        assertTrue(expected < 1.0 && expected > 0.9);
    }

    @Test
    void aSequenceWeighsEachPositionOne() {
        PlayCounts seq = PlayCounts.ofSequence(List.of(TrackId.of("t0"), TrackId.of("t9")));
        assertEquals(Math.cos(Math.toRadians(45)), seq.gs(CIRCLE, MinimumActivity.SEQUENCE).orElseThrow().value(), 1e-6);
        assertTrue(PlayCounts.ofSequence(List.of(TrackId.of("t0"))).gs(CIRCLE, MinimumActivity.SEQUENCE).isEmpty());
    }

    @Test
    void theProfileCarriesTheCentreAndTheScore() {
        TasteProfile profile = plays(5, 4).profile(CIRCLE, MinimumActivity.LISTENER).orElseThrow();
        // five tracks at 0..40 degrees: the centre points at 20 degrees
        assertEquals(1.0, profile.cosineToCentre(TrackId.of("t2")).orElseThrow(), 1e-6);
        assertEquals(Math.cos(Math.toRadians(70)), profile.cosineToCentre(TrackId.of("t9")).orElseThrow(), 1e-6);
        assertTrue(profile.cosineToCentre(TrackId.of("unknown")).isEmpty());
    }

    @Test
    void playsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> PlayCounts.of(Map.of(TrackId.of("t0"), 0L)));
    }
}
