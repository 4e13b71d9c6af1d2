package org.mostra4j.application.service;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Command;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase.Progress;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.out.OutcomeOraclePort;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.evaluation.Evaluation;
import org.mostra4j.domain.evaluation.EvaluationReport;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.MetricLayout;
import org.mostra4j.domain.evaluation.PoissonBootstrap;
import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.evaluation.RankingPolicy;
import org.mostra4j.domain.evaluation.SequenceGs;
import org.mostra4j.domain.evaluation.SessionScorer;
import org.mostra4j.domain.evaluation.policy.SatOnly;

/**
 * One evaluation's mutable state: lets every policy order every joined session, scores the orders
 * ({@link SessionScorer}, with the oracle's true completions when an oracle is bound) and accumulates
 * them ({@link Evaluation}). Partial runs over disjoint sessions (e.g. one per Spark partition) merge
 * exactly through {@link #partial()} and {@link #merge(Partial)}, because each session's bootstrap
 * weights depend only on the seed and the session. Not thread-safe.
 */
public final class EvaluationRun {

    private final Command command;
    private final List<RankingPolicy> policies;
    private final MetricLayout layout;
    private final Evaluation evaluation;
    private final SessionScorer scorer;
    private final double[] values;
    private final boolean[] defined;
    private final Optional<SequenceGs> diversity;
    private final int gsIndex;
    private long gsMisses;
    private long evaluated;
    private long skipped;
    private long oracleMisses;
    private long oracleAnswers;
    private String oracleMiss = "";
    private final Optional<OutcomeOraclePort> oracle;
    /**
     * Per policy and oracle term: the sum of the term over each session's top k, and the positions summed (the
     * report's notes only).
     */
    private final double[][] termSums;
    private final long[] termPositions;

    private EvaluationRun(Command command, List<RankingPolicy> policies, MetricLayout layout,
            Optional<OutcomeOraclePort> oracle) {
        this.command = command;
        this.policies = policies;
        this.layout = layout;
        this.oracle = oracle;
        this.evaluation = new Evaluation(layout, policies.stream().map(RankingPolicy::label).toList(), 0,
                new PoissonBootstrap(command.replicates(), command.seed()));
        this.scorer = new SessionScorer(command.k());
        this.values = new double[layout.size()];
        this.defined = new boolean[layout.size()];
        this.diversity = command.vectors().map(v -> new SequenceGs(v, command.k()));
        this.gsIndex = layout.indexOf(MetricLayout.GS).orElse(-1);
        int terms = oracle.map(o -> o.termNames().size()).orElse(0);
        this.termSums = new double[policies.size()][terms];
        this.termPositions = new long[policies.size()];
    }

    /**
     * A run of {@code command}'s policies (SAT-only added first when missing) over sessions labelled with
     * {@code objectives}; or why the policy list is unusable.
     */
    public static Either<EvaluationError, EvaluationRun> start(Command command, List<ObjectiveId> objectives,
            Optional<OutcomeOraclePort> oracle) {
        List<RankingPolicy> policies = withReference(command.policies());
        Set<PolicyLabel> labels = new HashSet<>();
        for (RankingPolicy p : policies) {
            if (!labels.add(p.label())) {
                return Either.left(new EvaluationError.DuplicatePolicy(p.label()));
            }
        }
        MetricLayout plain = MetricLayout.of(objectives, command.k());
        MetricLayout layout = command.vectors().isPresent() ? plain.withGs(command.k()) : plain;
        return Either.right(new EvaluationRun(command, policies, layout, oracle));
    }

    /** The policies with SAT-only first (added when missing), the rest in the order given. */
    private static List<RankingPolicy> withReference(List<RankingPolicy> given) {
        List<RankingPolicy> out = new ArrayList<>();
        given.stream().filter(p -> p.label().equals(SatOnly.LABEL)).findFirst().ifPresentOrElse(out::add,
                () -> out.add(new SatOnly()));
        given.stream().filter(p -> !p.label().equals(SatOnly.LABEL)).forEach(out::add);
        return out;
    }

    /**
     * Adds joined sessions; {@code unusable} more were handed over but could not be evaluated.
     *
     * @throws Abort when a policy breaks its contract
     */
    public void add(List<EvaluationSession> joined, long unusable) {
        skipped += unusable;
        for (EvaluationSession s : joined) {
            session(s);
        }
        evaluated += joined.size();
        command.progress().accept(new Progress(evaluated + skipped, Math.max(0, command.sessions())));
    }

    public long evaluated() {
        return evaluated;
    }

    public long skipped() {
        return skipped;
    }

    /** This run's sums and counters as plain data, for {@link #merge(Partial)} into another run. */
    public Partial partial() {
        double[][] terms = new double[termSums.length][];
        for (int p = 0; p < terms.length; p++) {
            terms[p] = termSums[p].clone();
        }
        return new Partial(evaluation.totals(), evaluated, skipped, oracleMisses, oracleAnswers, gsMisses, oracleMiss,
                terms, termPositions.clone());
    }

    /** Adds a partial run over other sessions of the same command. */
    public void merge(Partial other) {
        evaluation.merge(other.totals());
        evaluated += other.evaluated();
        skipped += other.skipped();
        oracleMisses += other.oracleMisses();
        oracleAnswers += other.oracleAnswers();
        gsMisses += other.gsMisses();
        for (int p = 0; p < termSums.length && p < other.termSums().length; p++) {
            for (int k = 0; k < termSums[p].length && k < other.termSums()[p].length; k++) {
                termSums[p][k] += other.termSums()[p][k];
            }
            termPositions[p] += other.termPositions()[p];
        }
        if (oracleMiss.isEmpty()) {
            oracleMiss = other.oracleMiss();
        }
    }

    /**
     * A run's state as plain data.
     *
     * @param termSums      per policy and oracle term, the term summed over each session's top k (empty without
     *                      an oracle)
     * @param termPositions per policy, the top-k positions those sums cover
     */
    public record Partial(Evaluation.Totals totals, long evaluated, long skipped, long oracleMisses, long oracleAnswers,
            long gsMisses, String oracleMiss, double[][] termSums, long[] termPositions) {
        public Partial {
            java.util.Objects.requireNonNull(totals, "totals");
            java.util.Objects.requireNonNull(oracleMiss, "oracleMiss");
            java.util.Objects.requireNonNull(termSums, "termSums");
            java.util.Objects.requireNonNull(termPositions, "termPositions");
            if (termSums.length != termPositions.length) {
                throw new IllegalArgumentException("termSums and termPositions cover different policies");
            }
        }
    }

    /** Stops an evaluation with an error (a broken policy). */
    public static final class Abort extends RuntimeException {
        private final transient EvaluationError error;

        public Abort(EvaluationError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }

        public EvaluationError error() {
            return error;
        }
    }

    private void session(EvaluationSession s) {
        evaluation.beginSession(s.id());
        for (int p = 0; p < policies.size(); p++) {
            RankingPolicy policy = policies.get(p);
            int[] order = policy.order(s);
            checkPermutation(policy, s, order);
            Optional<double[]> truth = truth(s, order);
            if (truth.isPresent()) {
                addTerms(p, s, order);
                scorer.score(s, order, truth.get(), values, defined);
            } else {
                scorer.score(s, order, values, defined);
            }
            scoreDiversity(s, order);
            evaluation.add(p, values, defined);
        }
    }

    /** Adds the oracle's terms over the top k of this order to policy p's sums (evaluation notes only). */
    private void addTerms(int p, EvaluationSession s, int[] order) {
        if (termSums[p].length == 0) {
            return;
        }
        int top = Math.min(command.k(), order.length);
        oracle.get().completionTerms(s.id(), s.tracks(order)).forEach(terms -> {
            for (int k = 0; k < termSums[p].length; k++) {
                for (int t = 0; t < top; t++) {
                    termSums[p][k] += terms.get(k).get(t);
                }
            }
            termPositions[p] += top;
        });
    }

    /**
     * Where true SAT goes: the oracle's logit terms, mean per top-k position, as change against SAT-only
     * (negative = that term costs this policy satisfaction). Only when the oracle splits its model.
     */
    private Optional<String> termNotes() {
        List<String> names = oracle.map(OutcomeOraclePort::termNames).orElse(List.of());
        if (names.isEmpty() || termPositions[0] == 0) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder("True-SAT terms (the oracle's logit split into " + String.join(", ",
                names) + "; mean per top-" + command.k() + " position, change against " + SatOnly.LABEL.display()
                + "; negative = the term costs satisfaction):");
        for (int p = 0; p < policies.size(); p++) {
            if (termPositions[p] == 0) {
                continue;
            }
            b.append(p == 0 ? " " : "; ").append(policies.get(p).label().display());
            for (int k = 0; k < names.size(); k++) {
                double mean = termSums[p][k] / termPositions[p];
                double reference = termSums[0][k] / termPositions[0];
                b.append(' ').append(names.get(k)).append(p == 0 ? " " : " Δ")
                        .append(String.format(java.util.Locale.ROOT, p == 0 ? "%.4f" : "%+.4f",
                                p == 0 ? mean : mean - reference));
            }
        }
        return Optional.of(b.toString());
    }

    /** Sets the {@code gs} metric when embeddings were given; a top k it cannot score stays undefined. */
    private void scoreDiversity(EvaluationSession s, int[] order) {
        if (diversity.isEmpty()) {
            return;
        }
        diversity.get().of(s, order).ifPresentOrElse(gs -> {
            values[gsIndex] = gs.value();
            defined[gsIndex] = true;
        }, () -> gsMisses++);
    }

    private Optional<double[]> truth(EvaluationSession s, int[] order) {
        if (oracle.isEmpty()) {
            return Optional.empty();
        }
        Either<String, List<Double>> answer = oracle.get().expectedCompletion(s.id(), s.tracks(order));
        if (answer.isLeft() || answer.get().size() != order.length) {
            oracleMisses++;
            oracleMiss = answer.isLeft() ? answer.getLeft() : "wrong number of completions";
            return Optional.empty();
        }
        oracleAnswers++;
        return Optional.of(answer.get().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private void checkPermutation(RankingPolicy policy, EvaluationSession s, int[] order) {
        boolean[] seen = new boolean[s.size()];
        String problem = order.length != s.size() ? "returned " + order.length + " positions for " + s.size()
                + " candidates" : null;
        for (int t = 0; problem == null && t < order.length; t++) {
            int i = order[t];
            if (i < 0 || i >= s.size() || seen[i]) {
                problem = "position " + (t + 1) + " holds candidate index " + i
                        + " (out of range or served twice)";
            } else {
                seen[i] = true;
            }
        }
        if (problem != null) {
            throw new Abort(new EvaluationError.BrokenPolicy(policy.label(), s.id(), problem));
        }
    }

    /** The report of everything added and merged so far. */
    public EvaluationReport report() {
        return report(List.of());
    }

    /** The report, with notes about the data (e.g. what the join could not decide) after the run's own. */
    public EvaluationReport report(List<String> dataNotes) {
        return new EvaluationReport(command.k(), evaluated, skipped, command.replicates(), command.seed(),
                SatOnly.LABEL, oracleAnswers > 0, layout.objectives(), layout.metrics(),
                evaluation.results(), notes(dataNotes));
    }

    private List<String> notes(List<String> dataNotes) {
        List<String> notes = new ArrayList<>(EvaluationNotes.ASSUMPTIONS);
        notes.add("Sessions: " + (command.skip() > 0 ? "after the first " + command.skip() + " by id (left out as"
                + " not held out), " : "") + (command.sessions() > 0 ? "the next " + command.sessions() : "all")
                + " by id. They are held out only if the encoder was not trained on them.");
        notes.add("Intervals: online (Poisson) bootstrap over sessions, " + command.replicates()
                + " replicates, seed " + command.seed() + "; % changes are paired (each replicate weighs a session"
                + " the same for every policy).");
        if (oracle.isEmpty()) {
            notes.add("True SAT: not available (no outcome oracle: the data does not come from the simulator).");
        } else if (oracleMisses > 0) {
            notes.add("True SAT: the oracle could not answer " + oracleMisses + " (policy, session) pairs, e.g. '"
                    + oracleMiss + "'; those pairs have no true metrics.");
        }
        notes.addAll(dataNotes);
        diversity.ifPresent(d -> notes.add("Diversity (GS@" + command.k() + "): Generalist-Specialist score of"
                + " each policy's top " + command.k() + " in the given track-embedding space, weight 1 per position;"
                + " lower = more diverse. " + (gsMisses == 0 ? "Every (policy, session) pair had a score."
                : gsMisses + " (policy, session) pairs had fewer than 2 embedded tracks in the top "
                + command.k() + " and are left out of it.")));
        termNotes().ifPresent(notes::add);
        if (skipped > 0) {
            notes.add(skipped + " sessions skipped: no candidates or a track logged twice.");
        }
        return notes;
    }
}
