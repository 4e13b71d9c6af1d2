package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.PolicySpec;
import org.mostra4j.application.port.in.SequenceSessionUseCase.Command;
import org.mostra4j.application.port.in.SequencingError;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.FixedRelevanceEncoder;
import org.mostra4j.application.port.out.InMemoryObjectiveFacts;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.DatedList;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.objective.ObjectiveFacts;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.search.ScorerCatalogue;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Candidate;
import org.mostra4j.domain.session.Placement;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.Session;
import org.mostra4j.domain.session.SessionId;

/** The use case with in-memory fakes for its driven ports: every error case, and where labels and relevance come from. */
class SequenceSessionServiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final SessionId ID = SessionId.of("s1");
    private static final ObjectiveId EXPOSURE = ObjectiveId.EXPOSURE;
    private static final ObjectiveId BOOST = ObjectiveId.BOOST;
    private static final ObjectiveId DISCOVERY = ObjectiveId.DISCOVERY;

    /** The user has streamed artist "old"; artist "rising" is emerging; track "pushed" is boosted. */
    private final InMemoryObjectiveFacts facts = new InMemoryObjectiveFacts(ObjectiveFacts.builder()
            .history(ListeningHistory.builder().add(TrackId.of("played"), ArtistId.of("old"), 4).build())
            .emergingArtists(DatedList.<ArtistId>builder().add(ArtistId.of("rising"), DAY, DAY).build())
            .boosts(DatedList.<TrackId>builder().add(TrackId.of("pushed"), DAY.minusDays(3), DAY).build())
            .build());

    private SequenceSessionService service(EncodeRelevancePort encoder) {
        return new SequenceSessionService(ObjectiveCatalogue.builtIns(), ScorerCatalogue.builtIns(), encoder, facts);
    }

    private static Session session(Candidate... candidates) {
        return new Session(ID, UserId.of("u1"), DAY, List.of(candidates));
    }

    private static Candidate labelled(String track, double relevance, ObjectiveId... objectives) {
        return Candidate.of(track).withRelevance(relevance).withObjectives(Set.of(objectives));
    }

    private Either<SequencingError, Sequence> run(Session session, SequencingPolicy policy) {
        return service(EncodeRelevancePort.NONE).sequence(new Command(session, policy));
    }

    @Test
    void workedExampleThroughTheUseCase() {
        Session s = session(labelled("t1", 0.96), labelled("t2", 0.95, EXPOSURE), labelled("t3", 0.80, DISCOVERY),
                labelled("t4", 0.93, BOOST));
        assertEquals(List.of("t2", "t4", "t1", "t3"), ids(run(s, SequencingPolicy.defaults()).get()));
        assertEquals(List.of("t1", "t2", "t4", "t3"), ids(run(s, SequencingPolicy.defaults().withEpsilon(0)).get()));
        assertEquals(List.of(), facts.requests(), "every label was given: no facts are loaded");
    }

    /** An encoder whose model has a sequence head that punishes a Discovery track right after another. */
    private static EncodeRelevancePort withHead(org.mostra4j.domain.search.PrefixRelevance head) {
        return new EncodeRelevancePort() {
            @Override
            public Either<String, List<org.mostra4j.domain.session.Relevance>> encode(Session session,
                    List<Set<ObjectiveId>> labels) {
                return Either.left("every candidate here carries its relevance");
            }

            @Override
            public java.util.Optional<org.mostra4j.domain.search.PrefixRelevance> prefixRelevance() {
                return java.util.Optional.of(head);
            }
        };
    }

    private static final org.mostra4j.domain.search.LinearPrefixHead RUN_AVERSE = new org.mostra4j.domain.search
            .LinearPrefixHead(List.of(DISCOVERY), List.of(0.0, 0.0, 0.0, -3.0, 0.0, 0.0));

    private static Session twoNewTwoKnown() {
        return session(labelled("a", 0.90, DISCOVERY), labelled("b", 0.89, DISCOVERY), labelled("c", 0.80),
                labelled("d", 0.79));
    }

    @Test
    void aModelWithASequenceHeadIsSequenceAwareByDefaultAndCanBeSwitchedOff() {
        SequencingPolicy p = SequencingPolicy.defaults().withEpsilon(1.0).withLambda(0.0);
        SequenceSessionService s = service(withHead(RUN_AVERSE));
        assertEquals(List.of("a", "c", "b", "d"), ids(s.sequence(new Command(twoNewTwoKnown(), p)).get()));
        assertEquals(List.of("a", "c", "b", "d"), ids(s.sequence(new Command(twoNewTwoKnown(), p)
                .withSequenceAware(java.util.Optional.of(true))).get()));
        assertEquals(List.of("a", "b", "c", "d"), ids(s.sequence(new Command(twoNewTwoKnown(), p)
                .withSequenceAware(java.util.Optional.of(false))).get()));
    }

    @Test
    void askingForSequenceAwarenessWithoutAHeadIsAPolicyError() {
        SequencingError e = service(EncodeRelevancePort.NONE).sequence(new Command(twoNewTwoKnown(),
                SequencingPolicy.defaults()).withSequenceAware(java.util.Optional.of(true))).getLeft();
        assertInstanceOf(SequencingError.InvalidPolicy.class, e);
        assertTrue(e.message().contains("sequenceAware") && e.message().contains("no sequence head"), e.message());
        assertEquals(List.of("a", "b", "c", "d"), ids(service(EncodeRelevancePort.NONE).sequence(new Command(
                twoNewTwoKnown(), SequencingPolicy.defaults().withEpsilon(1.0).withLambda(0.0))).get()));
    }

    @Test
    void anEmptySessionIsAnError() {
        SequencingError e = run(session(), SequencingPolicy.defaults()).getLeft();
        assertEquals(new SequencingError.EmptySession(ID), e);
        assertEquals("session s1 has no candidates", e.message());
    }

    @Test
    void aDuplicateCandidateNamesBothPositions() {
        SequencingError e = run(session(labelled("a", 0.5), labelled("b", 0.5), labelled("a", 0.7)),
                SequencingPolicy.defaults()).getLeft();
        assertEquals(new SequencingError.DuplicateCandidate(ID, TrackId.of("a"), 0, 2), e);
        assertEquals("candidates[2]: track a duplicates candidates[0]", e.message());
    }

    @Test
    void nonFiniteOrOutOfRangeRelevanceIsAnErrorNamingTheCandidate() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.1, 1.5}) {
            SequencingError e = run(session(labelled("a", 0.5), labelled("b", bad)), SequencingPolicy.defaults()).getLeft();
            assertEquals(new SequencingError.NonFiniteRelevance(TrackId.of("b"), 1, bad), e);
            assertTrue(e.message().startsWith("candidates[1].relevance: track b has relevance " + bad), e.message());
        }
    }

    @Test
    void anUnknownObjectiveInTheLabelsListsTheKnownOnes() {
        SequencingError e = run(session(labelled("a", 0.5), labelled("b", 0.5, ObjectiveId.of("virality"))),
                SequencingPolicy.defaults()).getLeft();
        assertInstanceOf(SequencingError.UnknownObjective.class, e);
        assertEquals("candidates[1].objectives: unknown objective 'virality' (known: boost, discovery, exposure)",
                e.message());
    }

    @Test
    void anUnknownObjectiveInThePolicyListsTheKnownOnes() {
        Session s = session(labelled("a", 0.5));
        SequencingError weight = run(s, SequencingPolicy.defaults().withWeight(ObjectiveId.of("virality"), 1)).getLeft();
        assertEquals("policy.weights: unknown objective 'virality' (known: boost, discovery, exposure)", weight.message());
        SequencingError concave = run(s, SequencingPolicy.defaults()
                .withConcave(ObjectiveId.of("virality"), org.mostra4j.domain.scoring.Concave.LOG1P)).getLeft();
        assertEquals("policy.concave: unknown objective 'virality' (known: boost, discovery, exposure)", concave.message());
    }

    @Test
    void anInvalidPolicySpecNamesEveryProblem() {
        PolicySpec spec = new PolicySpec(2.0, -1.0, Map.of("Bad Name", 1.0, "exposure", -1.0),
                Map.of("boost", "cube", "discovery", "cap:0"), 0, -3, null);
        SequencingError.InvalidPolicy e = spec.resolve().getLeft();
        assertEquals(Set.of("epsilon", "lambda", "beam", "length", "weights.Bad Name", "weights.exposure", "concave.boost",
                "concave.discovery"), Set.copyOf(e.problems().stream().map(SequencingError.InvalidPolicy.Problem::field).toList()));
        assertEquals(8, e.problems().size());
        String m = e.message();
        for (String part : List.of("policy.epsilon: must be in [0,1], was 2.0", "policy.lambda: must be finite and >= 0, was -1.0",
                "policy.beam: must be in 1..64, was 0", "policy.length: must be >= 0 (0 = all candidates), was -3",
                "policy.weights.Bad Name: is not a valid objective name",
                "policy.weights.exposure: must be finite and >= 0, was -1.0",
                "policy.concave.boost: unknown concave function 'cube'",
                "policy.concave.discovery: cap target must be an integer >= 1, was '0'")) {
            assertTrue(m.contains(part), "missing '" + part + "' in: " + m);
        }
    }

    @Test
    void aValidPolicySpecResolvesOverTheDefaults() {
        SequencingPolicy p = new PolicySpec(0.2, null, Map.of("exposure", 2.0), Map.of("boost", "cap:3"), 3, 10, false)
                .resolve().get();
        assertEquals(0.2, p.epsilon());
        assertEquals(SequencingPolicy.DEFAULT_LAMBDA, p.lambda());
        assertEquals(2.0, p.weight(EXPOSURE));
        assertEquals("cap:3", p.concave(BOOST).spec());
        assertEquals(3, p.beamWidth());
        assertEquals(10, p.length());
        assertEquals(false, p.discount());
        assertEquals(SequencingPolicy.defaults(), PolicySpec.defaults().resolve().get());
    }

    @Test
    void anUnknownScorerIsAnInvalidPolicy() {
        SequencingError e = service(EncodeRelevancePort.NONE)
                .sequence(new Command(session(labelled("a", 0.5)), SequencingPolicy.defaults(), "quadratic")).getLeft();
        assertEquals("policy.scorer: unknown scorer 'quadratic' (known: concave-coverage)", e.message());
    }

    @Test
    void missingRelevanceWithoutAnEncoderIsUnavailable() {
        SequencingError e = run(session(labelled("a", 0.5), Candidate.of("b")), SequencingPolicy.defaults()).getLeft();
        assertInstanceOf(SequencingError.RelevanceUnavailable.class, e);
        assertTrue(e.message().startsWith("no relevance: candidates carry no relevance"), e.message());
    }

    @Test
    void aFailingEncoderIsReportedWithItsReason() {
        SequencingError e = service(FixedRelevanceEncoder.failing("model file is corrupt"))
                .sequence(new Command(session(Candidate.of("a")), SequencingPolicy.defaults())).getLeft();
        assertEquals(new SequencingError.RelevanceUnavailable("model file is corrupt"), e);
    }

    @Test
    void anEncoderReturningTheWrongNumberOfValuesIsUnavailableNotACrash() {
        FixedRelevanceEncoder encoder = FixedRelevanceEncoder.of(Map.of()).withExtraValues(1);
        SequencingError e = service(encoder).sequence(new Command(session(Candidate.of("a"), Candidate.of("b")),
                SequencingPolicy.defaults())).getLeft();
        assertEquals("no relevance: the encoder returned 3 relevance values for 2 candidates", e.message());
    }

    @Test
    void givenRelevanceIsKeptAndOnlyMissingRelevanceIsEncoded() {
        FixedRelevanceEncoder encoder = FixedRelevanceEncoder.of(Map.of("a", 0.1, "b", 0.9, "c", 0.3));
        Session s = session(labelled("a", 0.8), Candidate.of("b").withObjectives(Set.of()), labelled("c", 0.2));
        Sequence out = service(encoder).sequence(new Command(s, SequencingPolicy.defaults().withEpsilon(0))).get();
        assertEquals(List.of("b", "a", "c"), ids(out));
        assertEquals(List.of(0.9, 0.8, 0.2), out.placements().stream().map(Placement::relevance).toList());
        assertEquals(1, encoder.calls().size());
        assertEquals(s, encoder.calls().get(0).session());
    }

    @Test
    void fullyGivenRelevanceNeverCallsTheEncoder() {
        FixedRelevanceEncoder encoder = FixedRelevanceEncoder.of(Map.of());
        service(encoder).sequence(new Command(session(labelled("a", 0.5), labelled("b", 0.4)), SequencingPolicy.defaults()));
        assertEquals(List.of(), encoder.calls());
    }

    @Test
    void explicitLabelsAreUsedAsGivenAndPluginsLabelTheRest() {
        FixedRelevanceEncoder encoder = FixedRelevanceEncoder.of(Map.of());
        Session s = session(
                Candidate.of("pushed").withArtist(ArtistId.of("old")).withRelevance(0.5),          // plugins: boost only
                Candidate.of("fresh").withArtist(ArtistId.of("rising")),                            // plugins: discovery, exposure
                Candidate.of("played").withArtist(ArtistId.of("old")).withObjectives(Set.of(DISCOVERY))); // as given
        Sequence out = service(encoder).sequence(new Command(s, SequencingPolicy.defaults())).get();
        Map<String, Set<ObjectiveId>> labels = new java.util.HashMap<>();
        out.placements().forEach(p -> labels.put(p.track().value(), p.objectives()));
        assertEquals(Set.of(BOOST), labels.get("pushed"));
        assertEquals(Set.of(DISCOVERY, EXPOSURE), labels.get("fresh"));
        assertEquals(Set.of(DISCOVERY), labels.get("played"));
        assertEquals(List.of("u1@2026-03-01"), facts.requests());
        assertEquals(List.of(Set.of(BOOST), Set.of(DISCOVERY, EXPOSURE), Set.of(DISCOVERY)), encoder.calls().get(0).labels(),
                "the encoder sees every candidate's labels, in candidate order");
    }

    private static List<String> ids(Sequence s) {
        return s.tracks().stream().map(TrackId::value).toList();
    }
}
