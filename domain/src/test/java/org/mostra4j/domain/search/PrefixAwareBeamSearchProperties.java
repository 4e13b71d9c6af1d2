package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;
import org.quicktheories.core.Gen;

/** The prefix-aware decoder of mostra-seq (spec §2.3), as properties over generated sessions and heads. */
class PrefixAwareBeamSearchProperties {
    private static final long SEED = 0x5E9L;
    private static final int EXAMPLES = 300;
    private static final SessionId SESSION = SessionId.of("s");

    /** Heads over the generator's three objectives, weights on a coarse grid in [-2, 2]. */
    private static Gen<LinearPrefixHead> heads() {
        int width = LinearPrefixHead.width(SearchInstance.OBJECTIVES.size());
        return lists().of(integers().between(-8, 8)).ofSize(width).map(ws -> new LinearPrefixHead(
                SearchInstance.OBJECTIVES, ws.stream().map(w -> w * 0.25).toList()));
    }

    /** A head whose every weight is 0: h is exactly 0 everywhere, but the prefix-aware search runs. */
    private static final LinearPrefixHead ZERO = new LinearPrefixHead(SearchInstance.OBJECTIVES,
            java.util.Collections.nCopies(LinearPrefixHead.width(SearchInstance.OBJECTIVES.size()), 0.0));

    @Test
    void lawWithoutCorrectionTheDecoderIsTodaysBeamSearchBitForBit() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(0, 30)).checkAssert(in -> {
            Sequence today = BeamSearch.search(SESSION, in.candidates(), in.policy());
            assertEquals(today, PrefixAwareBeamSearch.search(SESSION, in.candidates(), in.policy(), ZERO), in.toString());
            assertEquals(today, PrefixAwareBeamSearch.search(SESSION, in.candidates(), in.policy(), PrefixRelevance.NONE),
                    in.toString());
        });
    }

    @Test
    void lawTheEpsilonBoundHoldsPerPositionForThePrefixAwareSat() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 30), heads())
                .checkAssert((in, head) -> {
                    Sequence out = PrefixAwareBeamSearch.search(SESSION, in.candidates(), in.policy(), head);
                    List<LabelledCandidate> items = new ArrayList<>(in.candidates());
                    items.sort((a, b) -> a.track().compareTo(b.track()));
                    List<Long> placed = new ArrayList<>();
                    boolean[] used = new boolean[items.size()];
                    for (Placement p : out.placements()) {
                        double max = Double.NEGATIVE_INFINITY;
                        int at = -1;
                        for (int i = 0; i < items.size(); i++) {
                            if (!used[i]) {
                                max = Math.max(max, sat(items.get(i), placed, head));
                            }
                            if (items.get(i).track().equals(p.track())) {
                                at = i;
                            }
                        }
                        double s = sat(items.get(at), placed, head);
                        assertEquals(s, p.relevance(), 1e-12, "reported SAT at " + p.position());
                        assertTrue(max - s <= in.policy().epsilon() + EpsilonFilter.TOLERANCE,
                                "position " + p.position() + ": s_max(prefix) " + max + " − s " + s + " > ε in " + in);
                        used[at] = true;
                        placed.add(LinearPrefixHead.mask(head.objectives(), items.get(at).objectives()));
                    }
                });
    }

    @Test
    void lawTheResultIsDeterministicAndIndependentOfTheInputOrder() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 30), heads(), longs().all())
                .checkAssert((in, head, shuffleSeed) -> {
                    List<LabelledCandidate> shuffled = new ArrayList<>(in.candidates());
                    Collections.shuffle(shuffled, new Random(shuffleSeed));
                    assertEquals(PrefixAwareBeamSearch.search(SESSION, in.candidates(), in.policy(), head),
                            PrefixAwareBeamSearch.search(SESSION, shuffled, in.policy(), head), in.toString());
                });
    }

    @Test
    void theWorkedExampleIsUnchangedWithoutCorrection() {
        List<LabelledCandidate> worked = List.of(LabelledCandidate.of("t1", 0.96),
                LabelledCandidate.of("t2", 0.95, ObjectiveId.EXPOSURE),
                LabelledCandidate.of("t3", 0.80, ObjectiveId.DISCOVERY),
                LabelledCandidate.of("t4", 0.93, ObjectiveId.BOOST));
        SequencingPolicy p = SequencingPolicy.defaults();
        for (int beam : new int[] {1, 3}) {
            assertEquals(List.of("t1", "t2", "t4", "t3"), ids(worked, p.withEpsilon(0.0).withBeamWidth(beam)));
            assertEquals(List.of("t2", "t4", "t1", "t3"), ids(worked, p.withEpsilon(0.05).withBeamWidth(beam)));
            assertEquals(List.of("t2", "t4", "t1", "t3"), ids(worked, p.withEpsilon(0.2).withBeamWidth(beam)));
        }
    }

    @Test
    void aHeadThatPenalisesUnfamiliarRunsInterleavesThem() {
        // a, b unfamiliar (Discovery), c, d familiar; h = −3 per unfamiliar track already in a row before
        List<LabelledCandidate> items = List.of(LabelledCandidate.of("a", 0.90, ObjectiveId.DISCOVERY),
                LabelledCandidate.of("b", 0.89, ObjectiveId.DISCOVERY), LabelledCandidate.of("c", 0.80),
                LabelledCandidate.of("d", 0.79));
        LinearPrefixHead head = new LinearPrefixHead(List.of(ObjectiveId.DISCOVERY), List.of(0.0, 0.0, 0.0, -3.0, 0.0, 0.0));
        SequencingPolicy p = SequencingPolicy.defaults().withEpsilon(1.0).withLambda(0.0);
        assertEquals(List.of("a", "b", "c", "d"), PrefixAwareBeamSearch.search(SESSION, items, p, ZERO)
                .tracks().stream().map(t -> t.value()).toList());
        Sequence seq = PrefixAwareBeamSearch.search(SESSION, items, p, head);
        assertEquals(List.of("a", "c", "b", "d"), seq.tracks().stream().map(t -> t.value()).toList());
        // b after a familiar track has no run before it: its SAT is the set-level 0.89
        assertEquals(0.89, seq.placements().get(2).relevance(), 0.0);
    }

    private static List<String> ids(List<LabelledCandidate> items, SequencingPolicy p) {
        return PrefixAwareBeamSearch.search(SESSION, items, p, ZERO).tracks().stream()
                .map(t -> t.value()).toList();
    }

    /** s(prefix) recomputed from scratch: the feature rows of the prefix followed by c, and the plain dot product. */
    private static double sat(LabelledCandidate c, List<Long> placed, LinearPrefixHead head) {
        List<Long> masks = new ArrayList<>(placed);
        masks.add(LinearPrefixHead.mask(head.objectives(), c.objectives()));
        double[][] rows = LinearPrefixHead.featureRows(masks, head.objectives().size());
        return PrefixRelevance.adjust(c.relevance().value(), head.shift(rows[rows.length - 1]));
    }
}
