package org.mostra4j.application.service;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.TradeOffPoint.Figures;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.Estimate;
import org.mostra4j.domain.evaluation.Evaluation;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.MetricLayout;
import org.mostra4j.domain.evaluation.PoissonBootstrap;
import org.mostra4j.domain.evaluation.PolicyResult;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.SessionScorer;
import org.mostra4j.domain.evaluation.policy.SatOnly;

/**
 * Measures policies on sessions held in memory against SAT-only: SAT loss (true SAT when the oracle answers, else
 * predicted) and the gain of every objective's count@k, each with a paired bootstrap interval. The SAT-only
 * reference of a session set is scored once and reused by every later call on the same list.
 */
final class TradeOffMeter {
    private final Optional<OutcomeOraclePort> oracle;
    private final SessionScorer scorer;
    private final MetricLayout layout;
    private final List<ObjectiveId> objectives;
    private final double[] values;
    private final boolean[] defined;
    private final Map<List<EvaluationSession>, double[][]> reference = new java.util.IdentityHashMap<>();
    private final Map<List<EvaluationSession>, boolean[][]> referenceDefined = new java.util.IdentityHashMap<>();
    private long oracleMisses;

    TradeOffMeter(Optional<OutcomeOraclePort> oracle, List<ObjectiveId> objectives, int k) {
        this.oracle = oracle;
        this.objectives = List.copyOf(objectives);
        this.scorer = new SessionScorer(k);
        this.layout = MetricLayout.of(objectives, k);
        this.values = new double[layout.size()];
        this.defined = new boolean[layout.size()];
    }

    long oracleMisses() {
        return oracleMisses;
    }

    /** Whether SAT is the oracle's true SAT on these sessions (it answered for the reference). */
    boolean trueSat(List<EvaluationSession> sessions) {
        boolean[][] d = referenceDefined(sessions);
        for (boolean[] row : d) {
            if (row[MetricLayout.SAT_TRUE]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figures of each policy on the sessions.
     *
     * @param done told after each policy
     */
    Either<EvaluationError, List<Figures>> measure(List<RankingPolicy> policies, List<EvaluationSession> sessions,
            int replicates, long seed, IntConsumer done) {
        double[][] ref = reference(sessions);
        boolean[][] refDefined = referenceDefined(sessions);
        boolean trueSat = trueSat(sessions);
        List<Figures> out = new ArrayList<>(policies.size());
        for (int p = 0; p < policies.size(); p++) {
            RankingPolicy policy = policies.get(p);
            Evaluation evaluation = new Evaluation(layout, List.of(SatOnly.LABEL, policy.label()), 0,
                    new PoissonBootstrap(replicates, seed));
            for (int i = 0; i < sessions.size(); i++) {
                EvaluationSession s = sessions.get(i);
                int[] order = policy.order(s);
                Optional<String> broken = Permutations.problem(order, s.size());
                if (broken.isPresent()) {
                    return Either.left(new EvaluationError.BrokenPolicy(policy.label(), s.id(), broken.get()));
                }
                evaluation.beginSession(s.id());
                evaluation.add(0, ref[i], refDefined[i]);
                score(s, order);
                evaluation.add(1, values, defined);
            }
            out.add(figures(evaluation.results().get(1), trueSat));
            done.accept(p + 1);
        }
        return Either.right(out);
    }

    private double[][] reference(List<EvaluationSession> sessions) {
        if (!reference.containsKey(sessions)) {
            double[][] v = new double[sessions.size()][];
            boolean[][] d = new boolean[sessions.size()][];
            SatOnly satOnly = new SatOnly();
            for (int i = 0; i < sessions.size(); i++) {
                score(sessions.get(i), satOnly.order(sessions.get(i)));
                v[i] = values.clone();
                d[i] = defined.clone();
            }
            reference.put(sessions, v);
            referenceDefined.put(sessions, d);
        }
        return reference.get(sessions);
    }

    private boolean[][] referenceDefined(List<EvaluationSession> sessions) {
        reference(sessions);
        return referenceDefined.get(sessions);
    }

    private void score(EvaluationSession s, int[] order) {
        if (oracle.isPresent()) {
            Either<String, List<Double>> truth = oracle.get().expectedCompletion(s.id(), s.tracks(order));
            if (truth.isRight() && truth.get().size() == order.length) {
                scorer.score(s, order, truth.get().stream().mapToDouble(Double::doubleValue).toArray(), values, defined);
                return;
            }
            oracleMisses++;
        }
        scorer.score(s, order, values, defined);
    }

    private Figures figures(PolicyResult r, boolean trueSat) {
        Estimate sat = r.change().get(trueSat ? "sat_true" : "sat_predicted");
        Estimate loss = sat == null ? new Estimate(0, 0, 0) : new Estimate(-sat.value(), -sat.high(), -sat.low());
        Map<String, Estimate> gains = new LinkedHashMap<>();
        for (ObjectiveId o : objectives) {
            Estimate g = r.change().get("count_" + o.value());
            if (g != null) {
                gains.put(o.value(), g);
            }
        }
        return new Figures(loss, gains, Optional.ofNullable(r.change().get("sat_logged")));
    }
}
