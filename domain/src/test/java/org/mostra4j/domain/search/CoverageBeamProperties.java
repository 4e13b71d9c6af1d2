package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.ObjectiveSet;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.scoring.ObjectiveScorer;
import org.mostra4j.domain.session.Relevance;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/**
 * Law: the flat decoder of the built-in concave coverage ({@link CoverageBeam}) returns what the general search
 * returns with the same score behind an opaque scorer — the same tracks, and every gain and cumulative score to the
 * bit ({@code Sequence} equality compares the doubles exactly) — for any arrival order; and {@link BeamSearch#searchInto}
 * writes the same result as {@link BeamSearch#search} into a reused {@link DecodedSequence}.
 */
class CoverageBeamProperties {
    private static final long SEED = 0xC0FEL;
    private static final SessionId SESSION = SessionId.of("s");

    /** The policy's concave coverage, but not recognisable as one: it takes the general search. */
    private static ObjectiveScorer opaque(SequencingPolicy policy) {
        ObjectiveScorer coverage = policy.scorer();
        return coverage::start;
    }

    private static Sequence general(List<LabelledCandidate> candidates, SequencingPolicy policy) {
        return BeamSearch.search(SESSION, candidates, opaque(policy), policy);
    }

    private static List<LabelledCandidate> shuffled(List<LabelledCandidate> candidates, long seed) {
        List<LabelledCandidate> out = new ArrayList<>(candidates);
        Collections.shuffle(out, new Random(seed));
        return out;
    }

    @Test
    void flatSearchEqualsTheGeneralSearchToTheBitInAnyArrivalOrder() {
        qt().withFixedSeed(SEED).withExamples(600).forAll(SearchInstance.generator(1, 40), longs().all())
                .checkAssert((in, seed) -> {
                    List<LabelledCandidate> c = shuffled(in.candidates(), seed);
                    assertEquals(general(c, in.policy()), BeamSearch.search(SESSION, c, in.policy()), in.toString());
                });
    }

    @Test
    void flatSearchEqualsTheGeneralSearchBeyondOneWordOfCandidates() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(SearchInstance.generator(60, 200), longs().all())
                .checkAssert((in, seed) -> {
                    List<LabelledCandidate> c = shuffled(in.candidates(), seed);
                    assertEquals(general(c, in.policy()), BeamSearch.search(SESSION, c, in.policy()), in.toString());
                });
    }

    @Test
    void greedyFlatSearchEqualsTheGeneralSearchToTheBit() {
        // B = 1 takes its own loop (argmax, no top-B list): ties on the 0.05 relevance grid are common here
        qt().withFixedSeed(SEED).withExamples(400).forAll(SearchInstance.generator(1, 90), longs().all())
                .checkAssert((in, seed) -> {
                    List<LabelledCandidate> c = shuffled(in.candidates(), seed);
                    SequencingPolicy greedy = in.policy().withBeamWidth(1);
                    assertEquals(general(c, greedy), BeamSearch.search(SESSION, c, greedy), in.toString());
                });
    }

    @Test
    void searchIntoWritesWhatSearchReturnsIntoAReusedResult() {
        DecodedSequence out = new DecodedSequence();
        qt().withFixedSeed(SEED).withExamples(300).forAll(SearchInstance.generator(1, 40), longs().all())
                .checkAssert((in, seed) -> {
                    List<LabelledCandidate> c = shuffled(in.candidates(), seed);
                    Sequence expected = general(c, in.policy());
                    BeamSearch.searchInto(c, in.policy(), out);
                    assertEquals(expected, out.toSequence(SESSION), in.toString());
                    assertEquals(expected.length(), out.length());
                    assertEquals(expected.score(), out.score());
                    for (int t = 0; t < out.length(); t++) {
                        assertEquals(expected.placements().get(t).track(), out.track(t));
                        assertEquals(expected.placements().get(t).gain(), out.gain(t));
                    }
                    // an opaque scorer goes through the general search into the same result
                    BeamSearch.searchInto(c, opaque(in.policy()), in.policy(), out);
                    assertEquals(expected, out.toSequence(SESSION), in.toString());
                });
    }

    @Test
    void onePolicyObjectAcrossSessionsWithOtherObjectivesAndLengthsDecodesAsTheGeneralSearch() {
        // searchInto with the policy's own score keeps the last session's gain tables for the same policy object: a
        // session with other objectives (other weights and φ) or more positions (length ALL and more candidates than
        // a table's first 64 counts) must not reuse them
        ObjectiveId heavy = ObjectiveId.of("heavy");
        ObjectiveId light = ObjectiveId.of("light");
        SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(0.4).withLambda(0.6).withLength(SequencingPolicy.ALL)
                .withWeight(heavy, 3.0).withWeight(light, 0.25).withConcave(light, org.mostra4j.domain.scoring.Concave.LOG1P);
        Random random = new Random(11);
        DecodedSequence out = new DecodedSequence();
        for (int round = 0; round < 12; round++) {
            // pairs of rounds: ten candidates, then over 64 with the same objectives; the next pair has others
            int kind = (round / 2) % 3;
            ObjectiveId[] pick = kind == 0 ? new ObjectiveId[] {heavy} : kind == 1 ? new ObjectiveId[] {light}
                    : new ObjectiveId[] {light, heavy};
            int n = round % 2 == 0 ? 10 : 70 + round;
            List<LabelledCandidate> c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                c.add(new LabelledCandidate(TrackId.of("p" + i), Relevance.of(random.nextInt(21) * 0.05),
                        random.nextBoolean() ? Set.of(pick) : Set.of(pick[random.nextInt(pick.length)])));
            }
            BeamSearch.searchInto(c, policy, out);
            assertEquals(general(c, policy), out.toSequence(SESSION), "round " + round);
        }
    }

    @Test
    void objectivesFirstSeenOutOfIdOrderAreSummedInIdOrder() {
        // "zeta" arrives first, "alpha" last: the gains must still add alpha's term before zeta's
        List<LabelledCandidate> c = new ArrayList<>();
        String[] names = {"zeta", "mu", "beta", "alpha"};
        Random random = new Random(5);
        for (int i = 0; i < 30; i++) {
            Set<ObjectiveId> labels = new java.util.TreeSet<>();
            for (int k = 0; k < names.length; k++) {
                if (i < names.length ? k == i : random.nextInt(3) == 0) {
                    labels.add(ObjectiveId.of(names[k]));
                }
            }
            c.add(new LabelledCandidate(TrackId.of("x" + i), Relevance.of(random.nextInt(21) * 0.05), labels));
        }
        SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(0.3).withLambda(0.37)
                .withWeight(ObjectiveId.of("mu"), 2.5).withConcave(ObjectiveId.of("alpha"), org.mostra4j.domain.scoring.Concave.LOG1P);
        for (long seed = 0; seed < 20; seed++) {
            List<LabelledCandidate> s = shuffled(c, seed);
            assertEquals(general(s, policy), BeamSearch.search(SESSION, s, policy));
        }
    }

    @Test
    void moreObjectivesThanTheGainTableHoldsAreSummedAsBefore() {
        // five to seven objectives: gains are summed per item (the per-beam table covers up to four)
        String[] names = {"o-a", "o-b", "o-c", "o-d", "o-e", "o-f", "o-g"};
        Random random = new Random(11);
        double[] epsilons = {0.0, 0.05, 0.2, 1.0};
        for (int instance = 0; instance < 300; instance++) {
            int objectives = 5 + random.nextInt(3);
            int n = 1 + random.nextInt(70);
            List<LabelledCandidate> c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Set<ObjectiveId> labels = new java.util.TreeSet<>();
                for (int k = 0; k < objectives; k++) {
                    if (random.nextInt(4) == 0) {
                        labels.add(ObjectiveId.of(names[k]));
                    }
                }
                c.add(new LabelledCandidate(TrackId.of("x" + i), Relevance.of(random.nextInt(21) * 0.05), labels));
            }
            SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(epsilons[random.nextInt(epsilons.length)])
                    .withLambda(random.nextInt(40) * 0.00731).withBeamWidth(1 + random.nextInt(6))
                    .withLength(random.nextInt(n + 1)).withWeight(ObjectiveId.of(names[random.nextInt(objectives)]), 1.5)
                    .withConcave(ObjectiveId.of(names[random.nextInt(objectives)]), org.mostra4j.domain.scoring.Concave.LOG1P);
            assertEquals(general(c, policy), BeamSearch.search(SESSION, c, policy), c + " " + policy);
        }
    }

    @Test
    void objectivesReadAsWordsDecodeAsAskingTheSetsDoes() {
        // masks from ObjectiveSet.bits (renumbered to id order; built-ins are numbered out of id order) against masks
        // from asking every set, and both against the general search
        String[] names = {"discovery", "exposure", "boost", "zeta", "alpha", "mu", "o-a"};
        CoverageBeam words = new CoverageBeam(true);
        CoverageBeam asked = new CoverageBeam(false);
        DecodedSequence a = new DecodedSequence();
        DecodedSequence b = new DecodedSequence();
        Random random = new Random(23);
        double[] epsilons = {0.0, 0.05, 0.2, 1.0};
        int readAsWords = 0;
        for (int instance = 0; instance < 400; instance++) {
            int n = 1 + random.nextInt(70);
            int objectives = 1 + random.nextInt(names.length);
            List<LabelledCandidate> c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Set<ObjectiveId> labels = new java.util.TreeSet<>();
                for (int k = 0; k < objectives; k++) {
                    if (random.nextInt(3) == 0) {
                        labels.add(ObjectiveId.of(names[k]));
                    }
                }
                c.add(new LabelledCandidate(TrackId.of("x" + random.nextInt(1000) + "-" + i),
                        Relevance.of(random.nextInt(21) * 0.05), labels));
            }
            SequencingPolicy policy = SequencingPolicy.defaults().withEpsilon(epsilons[random.nextInt(epsilons.length)])
                    .withLambda(random.nextInt(40) * 0.00731).withBeamWidth(1 + random.nextInt(6))
                    .withLength(random.nextInt(n + 1)).withWeight(ObjectiveId.of(names[random.nextInt(objectives)]), 1.5)
                    .withConcave(ObjectiveId.of(names[random.nextInt(objectives)]), org.mostra4j.domain.scoring.Concave.LOG1P);
            assertTrue(words.decode(c, null, policy, a));
            assertTrue(asked.decode(c, null, policy, b));
            Sequence expected = general(c, policy);
            assertEquals(expected, a.toSequence(SESSION), c + " " + policy);
            assertEquals(expected, b.toSequence(SESSION), c + " " + policy);
            readAsWords += c.stream().allMatch(x -> ((ObjectiveSet) x.objectives()).bits() >= 0) ? 1 : 0;
        }
        // the built-ins always have bits, so at least the instances with only those were read as words
        assertTrue(readAsWords > 0, "no instance read as words");
    }

    @Test
    void aRepeatedIdIsReportedAndIdsThatOnlyShareAHashAreNot() {
        // the duplicate check filters on hash bits first: "Aa" and "BB" share String.hashCode, so they always reach
        // the exact check, which must let them through; a repeated id must be reported at any size
        Random random = new Random(29);
        SequencingPolicy policy = SequencingPolicy.defaults();
        DecodedSequence out = new DecodedSequence();
        for (int instance = 0; instance < 400; instance++) {
            int n = 2 + random.nextInt(90);
            List<LabelledCandidate> c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                c.add(new LabelledCandidate(TrackId.of("t" + i + "-" + random.nextInt(1000)),
                        Relevance.of(random.nextInt(21) * 0.05), Set.of()));
            }
            if (random.nextBoolean()) {
                c.set(0, new LabelledCandidate(TrackId.of("Aa"), Relevance.of(0.4), Set.of()));
                c.set(1, new LabelledCandidate(TrackId.of("BB"), Relevance.of(0.4), Set.of()));
            }
            TrackId repeated = null;
            if (random.nextBoolean()) {
                int a = random.nextInt(n);
                int b = (a + 1 + random.nextInt(n - 1)) % n;
                repeated = c.get(a).track();
                c.set(b, new LabelledCandidate(repeated, Relevance.of(random.nextInt(21) * 0.05), Set.of()));
            }
            List<LabelledCandidate> s = shuffled(c, instance);
            if (repeated == null) {
                BeamSearch.searchInto(s, policy, out);
                assertEquals(general(s, policy), out.toSequence(SESSION));
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> BeamSearch.searchInto(s, policy, out));
                assertEquals("duplicate candidate " + repeated, e.getMessage());
            }
        }
    }

    @Test
    void inputsTheFlatSearchLeavesToTheGeneralOneAreReportedAsBefore() {
        List<LabelledCandidate> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add(new LabelledCandidate(TrackId.of("t" + i), Relevance.of(0.5), Set.of(ObjectiveId.of("o" + i))));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BeamSearch.search(SESSION, many, SequencingPolicy.defaults()));
        assertEquals("at most 64 distinct objectives per session, found at least 65", e.getMessage());
        List<LabelledCandidate> twice = List.of(LabelledCandidate.of("b", 0.4), LabelledCandidate.of("a", 0.5),
                LabelledCandidate.of("b", 0.6));
        e = assertThrows(IllegalArgumentException.class,
                () -> BeamSearch.searchInto(twice, SequencingPolicy.defaults(), new DecodedSequence()));
        assertEquals("duplicate candidate b", e.getMessage());
    }
}
