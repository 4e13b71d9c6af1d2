package org.mostra4j.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.LabelledCandidate;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.SessionId;

/** The ε filter and the beam search, as properties over seeded generated sessions and policies. */
class BeamSearchProperties {
    private static final long SEED = 0xBEA5L;
    private static final int EXAMPLES = 300;
    private static final SessionId SESSION = SessionId.of("s");

    @Test
    void everyPlacementIsWithinEpsilonOfTheBestRemainingRelevance() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 30)).checkAssert(in -> {
            Sequence out = search(in);
            Map<TrackId, Double> remaining = in.candidates().stream()
                    .collect(Collectors.toMap(LabelledCandidate::track, c -> c.relevance().value()));
            for (Placement p : out.placements()) {
                double max = Collections.max(remaining.values());
                assertTrue(max - p.relevance() <= in.policy().epsilon() + EpsilonFilter.TOLERANCE,
                        "position " + p.position() + ": s_max " + max + " − s " + p.relevance() + " > ε in " + in);
                remaining.remove(p.track());
            }
        });
    }

    @Test
    void zeroEpsilonGivesRelevanceOrder() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 30)).checkAssert(in -> {
            SequencingPolicy policy = in.policy().withEpsilon(0.0);
            List<Placement> out = BeamSearch.search(SESSION, in.candidates(), policy).placements();
            List<Double> expected = in.candidates().stream().map(c -> c.relevance().value())
                    .sorted(Comparator.reverseOrder()).limit(out.size()).toList();
            assertEquals(expected, out.stream().map(Placement::relevance).toList(), in.toString());
        });
    }

    @Test
    void zeroEpsilonWithoutObjectiveScoreBreaksTiesByTrackId() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 30)).checkAssert(in -> {
            SequencingPolicy policy = in.policy().withEpsilon(0.0).withLambda(0.0);
            List<TrackId> expected = in.candidates().stream()
                    .sorted(Comparator.comparingDouble((LabelledCandidate c) -> -c.relevance().value())
                            .thenComparing(LabelledCandidate::track))
                    .map(LabelledCandidate::track).limit(policy.outputLength(in.candidates().size())).toList();
            assertEquals(expected, BeamSearch.search(SESSION, in.candidates(), policy).tracks(), in.toString());
        });
    }

    @Test
    void beamOfOneEqualsTheNaiveGreedy() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 25)).checkAssert(in -> {
            SequencingPolicy greedy = in.policy().withBeamWidth(1);
            assertEquals(NaiveGreedy.order(in.candidates(), greedy),
                    BeamSearch.search(SESSION, in.candidates(), greedy).tracks(), in.toString());
        });
    }

    @Test
    void beamSearchEqualsThePlainlyWrittenReferenceBeam() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 20)).checkAssert(in ->
                assertEquals(ReferenceBeam.order(in.candidates(), in.policy()), search(in).tracks(), in.toString()));
    }

    @Test
    void outputHoldsOnlyCandidatesWithoutDuplicatesAndHasLengthMinKN() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(0, 30)).checkAssert(in -> {
            List<TrackId> out = search(in).tracks();
            int n = in.candidates().size();
            int k = in.policy().length() == SequencingPolicy.ALL ? n : Math.min(in.policy().length(), n);
            assertEquals(k, out.size(), in.toString());
            assertEquals(out.size(), new HashSet<>(out).size(), "duplicates in " + out);
            Set<TrackId> ids = in.candidates().stream().map(LabelledCandidate::track).collect(Collectors.toSet());
            assertTrue(ids.containsAll(out), out + " is not drawn from " + ids);
        });
    }

    @Test
    void resultDoesNotDependOnTheInputOrderOfCandidates() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(SearchInstance.generator(1, 30), longs().all()).checkAssert((in, shuffleSeed) -> {
                    List<LabelledCandidate> shuffled = new ArrayList<>(in.candidates());
                    Collections.shuffle(shuffled, new Random(shuffleSeed));
                    assertEquals(search(in), BeamSearch.search(SESSION, shuffled, in.policy()), in.toString());
                });
    }

    @Test
    void placementsReportRelevanceGainLabelsAndCumulativeScore() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(SearchInstance.generator(1, 30)).checkAssert(in -> {
            Map<TrackId, LabelledCandidate> byId = in.candidates().stream()
                    .collect(Collectors.toMap(LabelledCandidate::track, Function.identity()));
            List<LabelledCandidate> prefix = new ArrayList<>();
            double score = 0;
            for (Placement p : search(in).placements()) {
                LabelledCandidate c = byId.get(p.track());
                double gain = NaiveGreedy.g(with(prefix, c), in.policy()) - NaiveGreedy.g(prefix, in.policy());
                score += PositionDiscount.at(p.position(), in.policy().discount()) * (c.relevance().value() + gain);
                assertEquals(c.relevance().value(), p.relevance());
                assertEquals(c.objectives(), p.objectives());
                assertEquals(gain, p.gain(), 1e-9, "gain at position " + p.position() + " in " + in);
                assertEquals(score, p.score(), 1e-9, "score at position " + p.position() + " in " + in);
                prefix.add(c);
            }
        });
    }

    private static Sequence search(SearchInstance in) {
        return BeamSearch.search(SESSION, in.candidates(), in.policy());
    }

    private static List<LabelledCandidate> with(List<LabelledCandidate> prefix, LabelledCandidate c) {
        List<LabelledCandidate> out = new ArrayList<>(prefix);
        out.add(c);
        return out;
    }
}
