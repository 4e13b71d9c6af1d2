package org.mostra4j.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Command;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Progress;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.diversity.TrackVectors;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.policy.MostraBeam;
import org.mostra4j.domain.evaluation.policy.SatOnly;
import org.mostra4j.domain.search.SequencingPolicy;

/** The evaluation service over in-memory ports, checked against values worked out by hand. */
class EvaluatePoliciesServiceTest {
    private static final double TOL = 1e-9;

    static final RankingPolicy MOSTRA = new MostraBeam(new PolicyLabel("mostra-eps", "epsilon", 0.05),
            SequencingPolicy.defaults());

    /** A user's own policy: serves the logged order reversed. */
    static final RankingPolicy REVERSED = new RankingPolicy() {
        @Override
        public PolicyLabel label() {
            return PolicyLabel.of("reversed");
        }

        @Override
        public int[] order(EvaluationSession s) {
            int[] out = new int[s.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = s.size() - 1 - i;
            }
            return out;
        }
    };

    private static EvaluationReport run(EvaluationWorld world, boolean oracle, int chunk, List<RankingPolicy> policies) {
        Either<EvaluationError, EvaluationReport> r = world.service(oracle).evaluate(
                new Command(policies, 2, 0, chunk, 50, 9, p -> { }));
        assertTrue(r.isRight(), () -> r.getLeft().message());
        return r.get();
    }

    private static PolicyResult policy(EvaluationReport r, String method) {
        return r.policies().stream().filter(p -> p.label().method().equals(method)).findFirst().orElseThrow();
    }

    private static TrackVectors vectors(boolean withT4) {
        TrackVectors.Builder b = TrackVectors.builder(2).put(TrackId.of("t1"), new float[] {1, 0})
                .put(TrackId.of("t2"), new float[] {0, 1}).put(TrackId.of("t3"), new float[] {2, 0});
        return (withT4 ? b.put(TrackId.of("t4"), new float[] {1, 0}) : b).build();
    }

    private static EvaluationReport runWithVectors(TrackVectors vectors) {
        Either<EvaluationError, EvaluationReport> r = EvaluationWorld.withSessions(3).service(false).evaluate(
                new Command(List.of(REVERSED), 2, 0, 2, 50, 9, p -> { }).withVectors(vectors));
        assertTrue(r.isRight(), () -> r.getLeft().message());
        return r.get();
    }

    @Test
    void gsOfTheTopKIsReportedPerPolicyOnlyWithEmbeddings() {
        EvaluationReport r = runWithVectors(vectors(true));
        // SAT-only serves t1, t2 first: orthogonal, GS = sqrt(2)/2; reversed serves t4, t3: one direction, GS = 1
        assertEquals(Math.sqrt(2) / 2, policy(r, "sat-only").metrics().get("gs").value(), TOL);
        assertEquals(1.0, policy(r, "reversed").metrics().get("gs").value(), TOL);
        assertEquals(100 * (Math.sqrt(2) - 1), policy(r, "reversed").change().get("gs").value(), TOL);
        assertEquals("gs", r.metrics().get(r.metrics().size() - 1).key());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Diversity (GS@2)")));

        EvaluationReport plain = run(EvaluationWorld.withSessions(3), false, 2, List.of(REVERSED));
        assertTrue(plain.metrics().stream().noneMatch(m -> m.key().equals("gs")));
        assertTrue(plain.policies().stream().noneMatch(p -> p.metrics().containsKey("gs")));
        assertTrue(plain.notes().stream().noneMatch(n -> n.startsWith("Diversity")));
    }

    @Test
    void aTopKWithoutEnoughEmbeddedTracksIsLeftOutOfGsNotNaN() {
        EvaluationReport r = runWithVectors(vectors(false));
        // reversed serves t4 (no embedding), t3: one embedded track, no score in any session
        assertFalse(policy(r, "reversed").metrics().containsKey("gs"));
        assertEquals(3, policy(r, "reversed").sessions());
        assertEquals(Math.sqrt(2) / 2, policy(r, "sat-only").metrics().get("gs").value(), TOL);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("3 (policy, session) pairs had fewer than 2")));
    }

    @Test
    void satOnlyIsAddedFirstAndIsItsOwnReference() {
        EvaluationReport r = run(EvaluationWorld.withSessions(3), true, 2, List.of(MOSTRA));
        assertEquals(SatOnly.LABEL, r.policies().get(0).label());
        assertEquals(0.0, r.policies().get(0).change().get("sat_true").value(), TOL);
        assertEquals(3, r.sessions());
    }

    @Test
    void threeSatisfactionsAndObjectiveCountsMatchTheHandComputation() {
        EvaluationReport r = run(EvaluationWorld.withSessions(4), true, 2, List.of(MOSTRA, REVERSED));
        PolicyResult sat = policy(r, "sat-only");
        PolicyResult mostra = policy(r, "mostra-eps");
        // SAT-only serves t1, t2, t4, t3; Mostra (eps 0.05) serves t2, t4, t1, t3
        assertEquals(0.96 + 0.95, sat.metrics().get("sat_predicted").value(), TOL);
        assertEquals(0.95 + 0.93, mostra.metrics().get("sat_predicted").value(), TOL);
        assertEquals(100 * ((0.95 + 0.93) / (0.96 + 0.95) - 1), mostra.change().get("sat_predicted").value(), TOL);
        // logged labels t1 = 1, t2 = 0, t4 = 0
        assertEquals(1.0, sat.metrics().get("sat_logged").value(), TOL);
        assertEquals(0.0, mostra.metrics().get("sat_logged").value(), TOL);
        // oracle: no Discovery track before position 3 in either order: 0.9 + 0.6 and 0.6 + 0.7
        assertEquals(1.5, sat.metrics().get("sat_true").value(), TOL);
        assertEquals(1.3, mostra.metrics().get("sat_true").value(), TOL);
        assertEquals(100 * (1.3 / 1.5 - 1), mostra.change().get("sat_true").value(), TOL);
        assertEquals(1.0, sat.metrics().get("count_exposure").value(), TOL);
        assertEquals(0.0, sat.metrics().get("count_boost").value(), TOL);
        assertEquals(1.0, mostra.metrics().get("count_boost").value(), TOL);
        // SAT-only serves no boost track, so a % change of boost is undefined (absent, never NaN or infinite)
        assertFalse(mostra.change().containsKey("count_boost"));
        assertEquals(2.0 / 3.0, mostra.metrics().get("coverage").value(), TOL);
    }

    @Test
    void theNotesSayWhereTrueSatGoesTermByTerm() {
        EvaluationReport r = run(EvaluationWorld.withSessions(3), true, 2, List.of(MOSTRA));
        String note = r.notes().stream().filter(n -> n.startsWith("True-SAT terms")).findFirst().orElseThrow();
        // top 2: SAT-only t1, t2 (base 0.9, 0.6), Mostra t2, t4 (0.6, 0.7); positions 0 and 1 in both
        assertTrue(note.contains("sat-only track 0.7500 position 0.5000"), note);
        assertTrue(note.contains("mostra-eps[epsilon=0.05] track Δ-0.1000 position Δ+0.0000"), note);
        assertTrue(run(EvaluationWorld.withSessions(3), false, 2, List.of(MOSTRA)).notes().stream()
                .noneMatch(n -> n.startsWith("True-SAT terms")), "no oracle, no terms");
    }

    @Test
    void aUsersOwnPolicyIsEvaluatedWithTheSetAwareTruth() {
        EvaluationReport r = run(EvaluationWorld.withSessions(2), true, 2, List.of(REVERSED));
        PolicyResult reversed = policy(r, "reversed");
        // reversed serves t4, t3, t2, t1: 0.7 + 0.5 (t3 is the first Discovery track, nothing before it)
        assertEquals(1.2, reversed.metrics().get("sat_true").value(), TOL);
        assertEquals(1.0, reversed.metrics().get("count_discovery").value(), TOL);
        assertEquals(0.5, reversed.metrics().get("share_discovery").value(), TOL);
    }

    @Test
    void withoutAnOracleThereIsNoTrueSatAndTheReportSaysSo() {
        EvaluationReport r = run(EvaluationWorld.withSessions(2), false, 2, List.of(MOSTRA));
        assertFalse(r.trueSat());
        assertFalse(policy(r, "mostra-eps").metrics().containsKey("sat_true"));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("True SAT: not available")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("position-independence")), r.notes().toString());
    }

    @Test
    void chunkingDoesNotChangeTheReport() {
        EvaluationWorld world = EvaluationWorld.withSessions(7);
        world.sessions.set(3, EvaluationWorld.session("s003", List.of("t4", "t3", "t2", "t1")));
        EvaluationReport a = run(world, true, 1, List.of(MOSTRA, REVERSED));
        EvaluationReport b = run(world, true, 3, List.of(MOSTRA, REVERSED));
        assertEquals(a, b);
        assertEquals(List.of(1, 3), world.chunkSizes);
    }

    @Test
    void streamsInChunksAndReportsProgress() {
        EvaluationWorld world = EvaluationWorld.withSessions(5);
        List<Progress> seen = new ArrayList<>();
        world.service(false).evaluate(new Command(List.of(), 10, 4, 2, 10, 1, seen::add));
        assertEquals(List.of(new Progress(2, 4), new Progress(4, 4)), seen);
    }

    @Test
    void skipLeavesOutTheFirstSessionsSoOnlyHeldOutOnesCount() {
        EvaluationWorld world = EvaluationWorld.withSessions(7);
        List<Progress> seen = new ArrayList<>();
        EvaluationReport r = world.service(false).evaluate(new Command(List.of(), 10, 3, 2, 10, 1, seen::add, 3)).get();
        assertEquals(3, r.sessions());
        // the store is asked for skip + sessions = 6, in chunks of 2; the first chunk is all skipped
        assertEquals(List.of(new Progress(1, 3), new Progress(3, 3)), seen);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Sessions: after the first 3 by id")), r.notes().toString());
        EvaluationReport all = world.service(false).evaluate(new Command(List.of(), 10, 0, 2, 10, 1, p -> { }, 5)).get();
        assertEquals(2, all.sessions());
    }

    @Test
    void emptyAndDuplicatedSessionsAreSkippedAndCounted() {
        EvaluationWorld world = EvaluationWorld.withSessions(1);
        world.sessions.add(EvaluationWorld.session("s9", List.of()));
        world.sessions.add(EvaluationWorld.session("s8", List.of("t1", "t1")));
        EvaluationReport r = run(world, false, 10, List.of());
        assertEquals(1, r.sessions());
        assertEquals(2, r.skipped());
    }

    @Test
    void failuresAreValuesNamingWhatIsAtFault() {
        EvaluationWorld world = EvaluationWorld.withSessions(2);
        var noModel = world.service((s, l) -> Either.left("no model"), false)
                .evaluate(new Command(List.of(), 10, 0, 9));
        assertInstanceOf(EvaluationError.RelevanceUnavailable.class, noModel.getLeft());
        assertTrue(noModel.getLeft().message().contains("no model"));

        RankingPolicy broken = new RankingPolicy() {
            public PolicyLabel label() {
                return PolicyLabel.of("broken");
            }

            public int[] order(EvaluationSession s) {
                return new int[] {0, 0, 1, 2};
            }
        };
        var bad = world.service(false).evaluate(new Command(List.of(broken), 10, 0, 9));
        assertTrue(bad.getLeft().message().contains("policy broken on session s000: position 2"), bad.getLeft().message());

        var dup = world.service(false).evaluate(new Command(List.of(MOSTRA, MOSTRA), 10, 0, 9));
        assertInstanceOf(EvaluationError.DuplicatePolicy.class, dup.getLeft());

        var none = EvaluationWorld.withSessions(0).service(false).evaluate(new Command(List.of(), 10, 0, 9));
        assertInstanceOf(EvaluationError.NoSessions.class, none.getLeft());
    }

    @Test
    void aMostraSeqPolicySaysWhichSessionsTaughtTheHeadAndNoOtherPolicyDoes() {
        org.mostra4j.application.port.out.EncodeRelevancePort withHead = new org.mostra4j.application.port.out.EncodeRelevancePort() {
            @Override
            public Either<String, List<org.mostra4j.domain.session.Relevance>> encode(
                    org.mostra4j.domain.session.Session session,
                    List<java.util.Set<org.mostra4j.domain.catalog.ObjectiveId>> labels) {
                return Either.left("not used");
            }

            @Override
            public java.util.Optional<String> prefixHeadSource() {
                return java.util.Optional.of("40 training sessions whose logged order is random (shuffle play)");
            }
        };
        RankingPolicy seq = named("mostra-seq[eps=0.2]");
        RankingPolicy plain = named("mostra[eps=0.2]");
        assertEquals(java.util.Optional.of("mostra-seq: the model's sequence head (the prefix-aware correction of SAT)"
                + " was learned from the logged positions of 40 training sessions whose logged order is random"
                + " (shuffle play)."), EvaluatePoliciesService.headNote(List.of(plain, seq), withHead));
        assertTrue(EvaluatePoliciesService.headNote(List.of(plain), withHead).isEmpty());
        assertTrue(EvaluatePoliciesService.headNote(List.of(seq),
                org.mostra4j.application.port.out.EncodeRelevancePort.NONE).isEmpty());
    }

    private static RankingPolicy named(String method) {
        return new RankingPolicy() {
            @Override
            public PolicyLabel label() {
                return new PolicyLabel(method, "", 0.0);
            }

            @Override
            public int[] order(EvaluationSession session) {
                return new int[0];
            }
        };
    }
}
