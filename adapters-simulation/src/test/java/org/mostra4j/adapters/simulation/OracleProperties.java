package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.session.SessionId;

/** Laws of the true model as the oracle answers them, over random sessions, subsets and orders. */
class OracleProperties {
    static final World WORLD = OracleContractTest.WORLD;
    static final SimulatedOutcomeOracle ORACLE = OracleContractTest.ORACLE;

    static List<TrackId> randomOrder(long k, int seed) {
        List<TrackId> order = new ArrayList<>(ORACLE.loggedOrder(OracleContractTest.session(k)).get());
        Random rng = new Random(seed);
        Collections.shuffle(order, rng);
        return order.subList(0, 2 + rng.nextInt(order.size() - 1));
    }

    static boolean discovery(long k, TrackId t) {
        SessionDraft d = SessionGenerator.newDraft(WORLD);
        new SessionGenerator(WORLD).retrieve(k, d);
        int track = WORLD.ids.trackIndex(t.value(), WORLD.catalogue.tracks()).orElseThrow();
        return new CompletionModel(WORLD).isDiscovery(d.user, track);
    }

    @Test
    void lawEveryProbabilityIsStrictlyBetweenZeroAndOne() {
        qt().forAll(longs().between(0, 299), integers().all()).checkAssert((k, seed) -> {
            for (double p : ORACLE.expectedCompletion(OracleContractTest.session(k), randomOrder(k, seed)).get()) {
                assertTrue(p > 0 && p < 1, "p = " + p);
            }
        });
    }

    @Test
    void lawSwappingTwoTracksOfTheSameKindLeavesEveryOtherPositionUnchanged() {
        qt().forAll(longs().between(0, 299), integers().all()).checkAssert((k, seed) -> {
            SessionId s = OracleContractTest.session(k);
            List<TrackId> order = randomOrder(k, seed);
            int i = Math.floorMod(seed, order.size());
            for (int j = 0; j < order.size(); j++) {
                if (j != i && discovery(k, order.get(i)) == discovery(k, order.get(j))) {
                    List<TrackId> swapped = new ArrayList<>(order);
                    Collections.swap(swapped, i, j);
                    List<Double> before = ORACLE.expectedCompletion(s, order).get();
                    List<Double> after = ORACLE.expectedCompletion(s, swapped).get();
                    for (int t = 0; t < order.size(); t++) {
                        if (t != i && t != j) {
                            assertEquals(before.get(t), after.get(t), 1e-12, "position " + (t + 1));
                        }
                    }
                    return;
                }
            }
        });
    }

    @Test
    void lawAppendingADiscoveryTrackNeverRaisesAndAFamiliarOneNeverLowersEarlierPositions() {
        qt().forAll(longs().between(0, 299), integers().all()).checkAssert((k, seed) -> {
            SessionId s = OracleContractTest.session(k);
            List<TrackId> all = ORACLE.loggedOrder(s).get();
            List<TrackId> order = randomOrder(k, seed);
            if (order.size() == all.size()) {
                return;
            }
            TrackId extra = all.stream().filter(t -> !order.contains(t)).findFirst().orElseThrow();
            List<TrackId> longer = new ArrayList<>(order);
            longer.add(extra);
            List<Double> before = ORACLE.expectedCompletion(s, order).get();
            List<Double> after = ORACLE.expectedCompletion(s, longer).get();
            boolean newTrack = discovery(k, extra);
            for (int t = 0; t < order.size(); t++) {
                double delta = after.get(t) - before.get(t);
                assertTrue(newTrack ? delta <= 1e-15 : delta >= -1e-15,
                        "position " + (t + 1) + " moved by " + delta + " when a "
                                + (newTrack ? "Discovery" : "familiar") + " track was appended");
            }
        });
    }
}
