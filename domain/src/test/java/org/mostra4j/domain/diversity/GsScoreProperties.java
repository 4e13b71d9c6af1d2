package org.mostra4j.domain.diversity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.quicktheories.core.Gen;

/** Laws of the GS score over random weighted sets of 3-dimensional directions (seeded, shrinking). */
class GsScoreProperties {
    private static final double TOLERANCE = 1e-12;

    private static Gen<WeightedVector> items() {
        Gen<Double> component = doubles().between(-1, 1);
        return component.zip(component, component, integers().between(1, 50), (x, y, z, w) -> {
            Optional<UnitVector> u = UnitVector.normalise(x, y, z);
            return new WeightedVector(u.orElse(UnitVector.normalise(1, 0, 0).orElseThrow()), w);
        });
    }

    private static Gen<List<WeightedVector>> sets() {
        return lists().of(items()).ofSizeBetween(1, 12);
    }

    private static List<WeightedVector> scaled(List<WeightedVector> items, double factor) {
        return items.stream().map(i -> new WeightedVector(i.vector(), i.weight() * factor)).toList();
    }

    @Test
    void lawRangeGsLiesInMinusOneToOneAndIsNeverNaN() {
        qt().withFixedSeed(7L).forAll(sets()).checkAssert(items -> GsScore.of(items).ifPresent(gs -> {
            assertTrue(gs.value() >= -1.0 && gs.value() <= 1.0, "GS " + gs.value());
        }));
    }

    @Test
    void lawOrderInvarianceShufflingThePlaysKeepsTheScore() {
        qt().withFixedSeed(11L).forAll(sets(), longs().all()).checkAssert((items, seed) -> {
            List<WeightedVector> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, new Random(seed));
            assertSameScore(GsScore.of(items), GsScore.of(shuffled));
        });
    }

    @Test
    void lawOrderInvariancePlayCountsScoreIdenticallyWhateverTheInsertionOrder() {
        TrackVectors vectors = randomVectors(30, 5, 3L);
        qt().withFixedSeed(13L).forAll(lists().of(integers().between(0, 29)).ofSizeBetween(1, 60), longs().all())
                .checkAssert((plays, seed) -> {
                    List<Integer> shuffled = new ArrayList<>(plays);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertEquals(count(plays, vectors).gs(vectors, MinimumActivity.NONE),
                            count(shuffled, vectors).gs(vectors, MinimumActivity.NONE));
                });
    }

    @Test
    void lawScaleInvarianceMultiplyingEveryPlayCountKeepsTheScore() {
        qt().withFixedSeed(17L).forAll(sets(), integers().between(2, 1000))
                .checkAssert((items, factor) -> assertSameScore(GsScore.of(items), GsScore.of(scaled(items, factor))));
    }

    @Test
    void lawSingleTrackARepeatedTrackScoresOne() {
        qt().withFixedSeed(19L).forAll(items(), integers().between(1, 20)).checkAssert((item, repeats) -> {
            List<WeightedVector> same = Collections.nCopies(repeats, item);
            assertEquals(1.0, GsScore.of(same).orElseThrow().value(), TOLERANCE);
        });
    }

    @Test
    void lawMeanLengthGsEqualsTheLengthOfTheWeightedMeanDirection() {
        qt().withFixedSeed(23L).forAll(sets()).checkAssert(items -> GsScore.of(items).ifPresent(gs -> {
            double total = items.stream().mapToDouble(WeightedVector::weight).sum();
            double[] mean = new double[3];
            items.forEach(i -> {
                for (int d = 0; d < 3; d++) {
                    mean[d] += i.weight() * i.vector().component(d) / total;
                }
            });
            assertEquals(Math.sqrt(mean[0] * mean[0] + mean[1] * mean[1] + mean[2] * mean[2]), gs.value(), 1e-9);
        }));
    }

    private static void assertSameScore(Optional<GsScore> a, Optional<GsScore> b) {
        assertEquals(a.isPresent(), b.isPresent(), "one side has no score: " + a + " vs " + b);
        a.ifPresent(x -> assertEquals(x.value(), b.orElseThrow().value(), 1e-9));
    }

    private static PlayCounts count(List<Integer> plays, TrackVectors vectors) {
        Map<TrackId, Long> counts = new HashMap<>();
        plays.forEach(p -> counts.merge(TrackId.of("t" + p), 1L, Long::sum));
        return PlayCounts.of(counts);
    }

    private static TrackVectors randomVectors(int tracks, int dim, long seed) {
        Random random = new Random(seed);
        TrackVectors.Builder b = TrackVectors.builder(dim);
        for (int t = 0; t < tracks; t++) {
            float[] v = new float[dim];
            for (int d = 0; d < dim; d++) {
                v[d] = (float) random.nextGaussian();
            }
            b.put(TrackId.of("t" + t), v);
        }
        return b.build();
    }
}
