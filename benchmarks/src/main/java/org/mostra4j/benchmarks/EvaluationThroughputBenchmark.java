package org.mostra4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mostra4j.domain.evaluation.Evaluation;
import org.mostra4j.domain.evaluation.EvaluationCandidate;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.MetricLayout;
import org.mostra4j.domain.evaluation.PoissonBootstrap;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.SessionScorer;
import org.mostra4j.domain.evaluation.policy.FixedSlotInterleaving;
import org.mostra4j.domain.evaluation.policy.LinearScalarisation;
import org.mostra4j.domain.evaluation.policy.MostraBeam;
import org.mostra4j.domain.evaluation.policy.SatOnly;
import org.mostra4j.domain.evaluation.policy.XQuadCoverage;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.SessionId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluation throughput per policy with precomputed relevance (issue 6 target: ≥ 20,000 sessions/s per
 * policy): one operation = order one session, score every metric at k = 10 (no oracle) and add it to the
 * bootstrap accumulator (200 replicates). Sessions have {@code candidates} tracks with random relevance and
 * objective labels (each objective on ~25 % of tracks) and logged labels. {@code mostra} orders all
 * candidates with B = 5; {@code mostra-k10} orders the top 10 (the evaluate command's default K = k).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluationThroughputBenchmark {
    private static final int SESSIONS = 512;
    private static final List<ObjectiveId> OBJECTIVES = List.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY,
            ObjectiveId.EXPOSURE);

    @Param({"20", "30", "50"})
    public int candidates;

    @Param({"sat-only", "mostra", "mostra-k10", "mostra-b1-k10", "linear", "quota", "xquad"})
    public String policy;

    private List<EvaluationSession> sessions;
    private RankingPolicy ranking;
    private Evaluation evaluation;
    private SessionScorer scorer;
    private double[] values;
    private boolean[] defined;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        sessions = new ArrayList<>(SESSIONS);
        for (int s = 0; s < SESSIONS; s++) {
            List<EvaluationCandidate> cs = new ArrayList<>(candidates);
            for (int i = 0; i < candidates; i++) {
                List<ObjectiveId> objs = new ArrayList<>();
                OBJECTIVES.forEach(o -> {
                    if (r.nextInt(4) == 0) {
                        objs.add(o);
                    }
                });
                cs.add(EvaluationCandidate.of("t" + s + "-" + i, r.nextDouble(), r.nextBoolean(),
                        objs.toArray(ObjectiveId[]::new)));
            }
            sessions.add(EvaluationSession.of(SessionId.of("s" + s), OBJECTIVES, cs));
        }
        ranking = switch (policy) {
            case "sat-only" -> new SatOnly();
            case "mostra" -> new MostraBeam(PolicyLabel.of("mostra"), SequencingPolicy.defaults());
            case "mostra-k10" -> new MostraBeam(PolicyLabel.of("mostra-k10"), SequencingPolicy.defaults().withLength(10));
            case "mostra-b1-k10" -> new MostraBeam(PolicyLabel.of("mostra-b1-k10"),
                    SequencingPolicy.defaults().withBeamWidth(1).withLength(10));
            case "linear" -> new LinearScalarisation(0.07, Map.of());
            case "quota" -> new FixedSlotInterleaving(0.2);
            case "xquad" -> new XQuadCoverage(0.3);
            default -> throw new IllegalArgumentException(policy);
        };
        MetricLayout layout = MetricLayout.of(OBJECTIVES, 10);
        evaluation = new Evaluation(layout, List.of(ranking.label()), 0, new PoissonBootstrap(200, 1));
        scorer = new SessionScorer(10);
        values = new double[layout.size()];
        defined = new boolean[layout.size()];
    }

    @Benchmark
    @OperationsPerInvocation(SESSIONS)
    public Evaluation evaluateSessions() {
        for (EvaluationSession s : sessions) {
            evaluation.beginSession(s.id());
            int[] order = ranking.order(s);
            scorer.score(s, order, values, defined);
            evaluation.add(0, values, defined);
        }
        return evaluation;
    }
}
