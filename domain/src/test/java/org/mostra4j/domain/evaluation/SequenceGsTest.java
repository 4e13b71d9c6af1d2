package org.mostra4j.domain.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.GsScore;
import org.mostra4j.domain.diversity.TrackVectors;

/** GS of a served top k on the worked example, with hand-computed 2-d vectors (t4 has no embedding). */
class SequenceGsTest {
    private static final EvaluationSession SESSION = Sessions.workedExample();
    private static final TrackVectors VECTORS = TrackVectors.builder(2)
            .put(TrackId.of("t1"), new float[] {3, 0})
            .put(TrackId.of("t2"), new float[] {0, 2})
            .put(TrackId.of("t3"), new float[] {1, 0})
            .build();

    @Test
    void topThreeIsTheLengthOfTheMeanDirection() {
        // directions (1,0), (0,1), (1,0), weight 1 each: mean (2/3, 1/3), GS = sqrt(5)/3
        GsScore gs = new SequenceGs(VECTORS, 3).of(SESSION, new int[] {0, 1, 2, 3}).orElseThrow();
        assertEquals(Math.sqrt(5) / 3, gs.value(), 1e-9);
    }

    @Test
    void onlyTheTopKCount() {
        // t1 and t2 are orthogonal: GS = sqrt(2)/2; t3 and t4 behind the cut-off do not count
        GsScore gs = new SequenceGs(VECTORS, 2).of(SESSION, new int[] {0, 1, 2, 3}).orElseThrow();
        assertEquals(Math.sqrt(2) / 2, gs.value(), 1e-9);
    }

    @Test
    void alikeTracksScoreHigherThanDiverseOnes() {
        double alike = new SequenceGs(VECTORS, 2).of(SESSION, new int[] {0, 2, 1, 3}).map(GsScore::value)
                .orElse(-1.0);
        double diverse = new SequenceGs(VECTORS, 2).of(SESSION, new int[] {0, 1, 2, 3}).orElseThrow().value();
        // t1 and t3 point the same way but are one distinct direction each: 2 distinct tracks, GS = 1
        assertEquals(1.0, alike, 1e-9);
        assertTrue(diverse < alike);
    }

    @Test
    void tooFewEmbeddedTracksGiveNoScore() {
        // t4 has no embedding, so the top 2 holds one embedded track: below MinimumActivity.SEQUENCE
        assertTrue(new SequenceGs(VECTORS, 2).of(SESSION, new int[] {3, 0, 1, 2}).isEmpty());
        assertTrue(new SequenceGs(VECTORS, 1).of(SESSION, new int[] {0, 1, 2, 3}).isEmpty());
    }

    @Test
    void gsIsAppendedAfterEveryOtherMetricOnce() {
        MetricLayout plain = MetricLayout.of(Sessions.OBJECTIVES, 10);
        MetricLayout with = plain.withGs(10);
        assertEquals(plain.size() + 1, with.size());
        assertEquals(Optional.of(plain.size()), with.indexOf(MetricLayout.GS));
        assertEquals(plain.metrics(), with.metrics().subList(0, plain.size()));
        assertEquals(with.size(), with.withGs(10).size());
        assertTrue(plain.indexOf(MetricLayout.GS).isEmpty());
    }
}
