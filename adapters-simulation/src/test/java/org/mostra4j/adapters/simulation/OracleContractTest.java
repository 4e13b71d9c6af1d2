package org.mostra4j.adapters.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.session.SessionId;

/** The oracle's contract and the set- and sequence-awareness of the true model it answers with. */
class OracleContractTest {
    static final World WORLD = World.generate(SmallWorlds.tiny(9, 300));
    static final SimulatedOutcomeOracle ORACLE = new SimulatedOutcomeOracle(WORLD);

    static SessionId session(long k) {
        return SessionId.of(WorldIds.format('s', k, 4));
    }

    @Test
    void theLoggedOrderGivesTheLoggedProbabilities() {
        for (long k = 0; k < 50; k++) {
            List<TrackId> order = ORACLE.loggedOrder(session(k)).get();
            assertEquals(ORACLE.loggedCompletion(session(k)).get(), ORACLE.expectedCompletion(session(k), order).get());
        }
    }

    @Test
    void badQuestionsAreAnsweredWithReasons() {
        assertTrue(ORACLE.loggedCompletion(SessionId.of("s9999")).isLeft());
        assertTrue(ORACLE.loggedCompletion(SessionId.of("nope")).isLeft());
        List<TrackId> order = ORACLE.loggedOrder(session(0)).get();
        assertTrue(ORACLE.expectedCompletion(session(0), List.of(order.get(0), order.get(0))).isLeft());
        TrackId stranger = outsider(order);
        assertTrue(ORACLE.expectedCompletion(session(0), List.of(stranger)).getLeft().contains("not a candidate"));
    }

    private static TrackId outsider(List<TrackId> order) {
        for (int t = 0; ; t++) {
            TrackId id = TrackId.of(WORLD.ids.track(t));
            if (!order.contains(id)) {
                return id;
            }
        }
    }

    @Test
    void moreDiscoveryInTheSetLowersAFamiliarTracksCompletion() {
        int checked = 0;
        for (long k = 0; k < 300 && checked < 20; k++) {
            Split s = split(k);
            if (s.familiar.size() < 1 || s.discovery.size() < 3) {
                continue;
            }
            TrackId f = s.familiar.get(0);
            // same position (1), only the rest of the set differs
            double alone = ORACLE.expectedCompletion(session(k), List.of(f)).get().get(0);
            List<TrackId> withNew = new ArrayList<>(List.of(f));
            withNew.addAll(s.discovery);
            double inDiscoverySet = ORACLE.expectedCompletion(session(k), withNew).get().get(0);
            assertTrue(inDiscoverySet < alone, "session " + k + ": " + inDiscoverySet + " vs " + alone);
            checked++;
        }
        assertTrue(checked >= 10, "enough sessions with both kinds: " + checked);
    }

    @Test
    void anUnfamiliarTrackEndingARunIsSkippedMore() {
        int checked = 0;
        for (long k = 0; k < 300 && checked < 20; k++) {
            Split s = split(k);
            if (s.familiar.size() < 3 || s.discovery.size() < 3) {
                continue;
            }
            TrackId f0 = s.familiar.get(0);
            TrackId f1 = s.familiar.get(1);
            TrackId f2 = s.familiar.get(2);
            TrackId d0 = s.discovery.get(0);
            TrackId d1 = s.discovery.get(1);
            TrackId d2 = s.discovery.get(2);
            // same set, d2 at position 5 both times: after a run of two unfamiliar tracks, or after one
            double afterRun = ORACLE.expectedCompletion(session(k), List.of(f0, d0, f1, d1, d2, f2)).get().get(4);
            double alone = ORACLE.expectedCompletion(session(k), List.of(f0, d0, d1, f1, d2, f2)).get().get(4);
            assertTrue(afterRun < alone, "session " + k + ": " + afterRun + " vs " + alone);
            checked++;
        }
        assertTrue(checked >= 10, "enough sessions with both kinds: " + checked);
    }

    @Test
    void theTermsSumToTheLogitAndNameTheRunAndFatigue() {
        int checked = 0;
        SimulationConfig.TrueModel m = WORLD.config.model();
        for (long k = 0; k < 300 && checked < 10; k++) {
            Split s = split(k);
            if (s.familiar.size() < 3 || s.discovery.size() < 3) {
                continue;
            }
            List<TrackId> order = List.of(s.familiar.get(0), s.discovery.get(0), s.familiar.get(1), s.discovery.get(1),
                    s.discovery.get(2), s.familiar.get(2));
            List<Double> p = ORACLE.expectedCompletion(session(k), order).get();
            List<List<Double>> terms = ORACLE.completionTerms(session(k), order).get();
            assertEquals(List.of("track", "set_share", "unfamiliar_run", "fatigue"), ORACLE.termNames());
            for (int t = 0; t < order.size(); t++) {
                double logit = 0;
                for (List<Double> term : terms) {
                    logit += term.get(t);
                }
                assertEquals(p.get(t), 1 / (1 + Math.exp(-logit)), 1e-12, "position " + (t + 1));
                assertEquals(-m.discoveryShare() * 3 / 6.0, terms.get(1).get(t), 1e-12);
                assertEquals(-m.positionFatigue() * Math.log(t + 1), terms.get(3).get(t), 1e-12);
            }
            // d2 at position 5 ends a run of two unfamiliar tracks: one extra in a row
            assertEquals(-m.unfamiliarRun(), terms.get(2).get(4), 1e-12);
            assertEquals(0.0, terms.get(2).get(3), 0.0);
            checked++;
        }
        assertTrue(checked >= 5, "enough sessions with both kinds: " + checked);
    }

    @Test
    void laterPositionsCompleteLessOften() {
        List<TrackId> order = ORACLE.loggedOrder(session(1)).get();
        TrackId first = order.get(0);
        List<TrackId> moved = new ArrayList<>(order.subList(1, order.size()));
        moved.add(first);
        double atStart = ORACLE.expectedCompletion(session(1), order).get().get(0);
        double atEnd = ORACLE.expectedCompletion(session(1), moved).get().get(order.size() - 1);
        // same set, so only position effects differ: fatigue always, and possibly a run ending at the end
        assertTrue(atEnd < atStart, atEnd + " vs " + atStart);
    }

    record Split(List<TrackId> familiar, List<TrackId> discovery) {
    }

    static Split split(long k) {
        SessionDraft d = SessionGenerator.newDraft(WORLD);
        new SessionGenerator(WORLD).retrieve(k, d);
        List<TrackId> fam = new ArrayList<>();
        List<TrackId> disc = new ArrayList<>();
        for (int i = 0; i < d.size; i++) {
            (d.discovery[i] ? disc : fam).add(TrackId.of(WORLD.ids.track(d.tracks[i])));
        }
        return new Split(fam, disc);
    }
}
