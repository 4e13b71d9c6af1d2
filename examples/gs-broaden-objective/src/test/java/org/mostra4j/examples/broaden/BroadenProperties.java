package org.mostra4j.examples.broaden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mostra4j.examples.broaden.Circle.facts;
import static org.mostra4j.examples.broaden.Circle.query;
import static org.mostra4j.examples.broaden.Circle.track;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.diversity.TasteProfile;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.quicktheories.core.Gen;

/** Laws of "broaden" over random listeners on the circle (seeded; QuickTheories shrinks failures). */
class BroadenProperties {
    /** Listeners: 1–8 distinct tracks at multiples of 5° with 1–20 plays each. */
    private static Gen<int[]> listeners() {
        return lists().of(integers().between(0, 36)).ofSizeBetween(1, 8)
                .map(list -> list.stream().distinct().mapToInt(i -> i * 5).toArray());
    }

    private static TasteProfile profile(int[] degrees, int times) {
        return Circle.listener(times, degrees);
    }

    @Test
    void lawFartherServesIfAnyTrackServesThenEveryTrackFartherFromTheCentreServes() {
        qt().withFixedSeed(3L).withExamples(200).forAll(listeners(), integers().between(1, 20), doubles().between(-1, 1))
                .checkAssert((degrees, times, ceiling) -> {
                    Broaden broaden = new Broaden(ceiling);
                    TasteProfile p = profile(degrees, times);
                    ObjectiveFacts f = facts(p);
                    List<Integer> all = java.util.stream.IntStream.rangeClosed(0, 36).map(i -> i * 5).boxed().toList();
                    for (int a : all) {
                        for (int b : all) {
                            double ca = p.cosineToCentre(track(a)).orElseThrow();
                            double cb = p.cosineToCentre(track(b)).orElseThrow();
                            if (broaden.serves(query(track(a)), f) && cb < ca) {
                                assertTrue(broaden.serves(query(track(b)), f), a + "° serves but farther " + b + "° does not");
                            }
                        }
                    }
                });
    }

    @Test
    void lawGsAwareTheThresholdNeverExceedsTheListenersOwnGsNorTheCeiling() {
        qt().withFixedSeed(5L).forAll(listeners(), integers().between(1, 20), doubles().between(-1, 1))
                .checkAssert((degrees, times, ceiling) -> {
                    TasteProfile p = profile(degrees, times);
                    double t = new Broaden(ceiling).threshold(p);
                    assertTrue(t <= p.score().value() && t <= ceiling, "threshold " + t);
                });
    }

    @Test
    void lawNoTrackOnTheCentreEverBroadens() {
        qt().withFixedSeed(9L).forAll(listeners(), integers().between(1, 20)).checkAssert((degrees, times) -> {
            TasteProfile p = profile(degrees, times);
            for (int deg : degrees) {
                double cos = p.cosineToCentre(track(deg)).orElseThrow();
                if (cos >= p.score().value()) {
                    assertTrue(!new Broaden().serves(query(track(deg)), facts(p)), deg + "° is within the spread");
                }
            }
        });
    }
}
