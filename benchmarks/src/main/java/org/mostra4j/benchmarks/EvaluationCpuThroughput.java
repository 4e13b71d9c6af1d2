package org.mostra4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

/**
 * Evaluation throughput per policy measured in sessions per CPU-second of the measuring thread (thread CPU
 * time, best of 8 timed rounds after 4 warm-up rounds of 512 sessions): a complement to
 * {@link EvaluationThroughputBenchmark} that stays meaningful when other processes share the cores.
 * Same work per session: order, score every metric at k = 10, add to a 200-replicate bootstrap.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.mostra4j.benchmarks.EvaluationCpuThroughput 30}.
 */
public final class EvaluationCpuThroughput {
    private EvaluationCpuThroughput() {
    }

    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]);
        List<ObjectiveId> objs = List.of(ObjectiveId.BOOST, ObjectiveId.DISCOVERY, ObjectiveId.EXPOSURE);
        SplittableRandom r = new SplittableRandom(42);
        List<EvaluationSession> sessions = new ArrayList<>();
        for (int s = 0; s < 512; s++) {
            List<EvaluationCandidate> cs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<ObjectiveId> o = new ArrayList<>();
                for (ObjectiveId x : objs) if (r.nextInt(4) == 0) o.add(x);
                cs.add(EvaluationCandidate.of("t" + s + "-" + i, r.nextDouble(), r.nextBoolean(), o.toArray(ObjectiveId[]::new)));
            }
            sessions.add(EvaluationSession.of(SessionId.of("s" + s), objs, cs));
        }
        Map<String, RankingPolicy> policies = new LinkedHashMap<>();
        policies.put("sat-only", new SatOnly());
        policies.put("mostra", new MostraBeam(PolicyLabel.of("m"), SequencingPolicy.defaults()));
        policies.put("mostra-k10", new MostraBeam(PolicyLabel.of("m"), SequencingPolicy.defaults().withLength(10)));
        policies.put("mostra-b1-k10", new MostraBeam(PolicyLabel.of("m"), SequencingPolicy.defaults().withBeamWidth(1).withLength(10)));
        policies.put("linear", new LinearScalarisation(0.07, Map.of()));
        policies.put("quota", new FixedSlotInterleaving(0.2));
        policies.put("xquad", new XQuadCoverage(0.3));
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        MetricLayout layout = MetricLayout.of(objs, 10);
        for (var e : policies.entrySet()) {
            Evaluation ev = new Evaluation(layout, List.of(PolicyLabel.of("p")), 0, new PoissonBootstrap(200, 1));
            SessionScorer sc = new SessionScorer(10);
            double[] v = new double[layout.size()];
            boolean[] d = new boolean[layout.size()];
            double best = 0, orderOnly = 0;
            for (int rep = 0; rep < 12; rep++) {
                long t0 = bean.getCurrentThreadCpuTime();
                for (EvaluationSession s : sessions) {
                    ev.beginSession(s.id());
                    sc.score(s, e.getValue().order(s), v, d);
                    ev.add(0, v, d);
                }
                long t1 = bean.getCurrentThreadCpuTime();
                long sink = 0;
                for (EvaluationSession s : sessions) sink += e.getValue().order(s)[0];
                long t2 = bean.getCurrentThreadCpuTime();
                if (rep >= 4) {
                    best = Math.max(best, sessions.size() / ((t1 - t0) / 1e9));
                    orderOnly = Math.max(orderOnly, sessions.size() / ((t2 - t1) / 1e9));
                }
                if (sink == -1) System.out.println();
            }
            System.out.printf("n=%d %-14s %9.0f sessions/CPU-s (order only %9.0f)%n", n, e.getKey(), best, orderOnly);
        }
    }
}
