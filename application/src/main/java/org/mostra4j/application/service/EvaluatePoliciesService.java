package org.mostra4j.application.service;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.application.port.in.EvaluatePoliciesUseCase;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.TradeOffMethods;
import org.mostra4j.application.port.out.EncodeRelevancePort;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.application.port.out.OutcomeOraclePort;
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
import org.mostra4j.domain.objective.ObjectiveCatalogue;
import org.mostra4j.domain.session.LoggedSession;

/**
 * Streams the held-out sessions chunk by chunk, joins each chunk ({@link EvaluationSessions}), lets every
 * policy order every session, scores the orders ({@link SessionScorer}, with the oracle's true
 * completions when an oracle is bound) and accumulates them ({@link Evaluation}).
 */
public final class EvaluatePoliciesService implements EvaluatePoliciesUseCase {
    private final LoadSessionsPort sessions;
    private final EvaluationSessions join;
    private final Optional<OutcomeOraclePort> oracle;
    private final EncodeRelevancePort encoder;

    @Inject
    public EvaluatePoliciesService(LoadSessionsPort sessions, LoadCatalogPort catalog, LoadObjectiveFactsPort facts,
            ObjectiveCatalogue objectives, EncodeRelevancePort encoder, Optional<OutcomeOraclePort> oracle) {
        this.sessions = sessions;
        this.join = new EvaluationSessions(catalog, facts, objectives, encoder);
        this.oracle = oracle;
        this.encoder = encoder;
    }

    @Override
    public Either<EvaluationError, EvaluationReport> evaluate(Command command) {
        Either<EvaluationError, EvaluationRun> started = EvaluationRun.start(command, join.objectives(), oracle);
        if (started.isLeft()) {
            return Either.left(started.getLeft());
        }
        EvaluationRun run = started.get();
        join.resetCounts();
        HeldOut heldOut = new HeldOut(command.skip());
        try {
            long limit = command.sessions() > 0 ? command.skip() + command.sessions() : 0;
            sessions.stream(limit, command.chunkSize(), all -> {
                List<LoggedSession> chunk = heldOut.of(all);
                if (!chunk.isEmpty()) {
                    List<EvaluationSession> joined = join.join(chunk).getOrElseThrow(EvaluationRun.Abort::new);
                    run.add(joined, chunk.size() - joined.size());
                }
            });
        } catch (EvaluationRun.Abort abort) {
            return Either.left(abort.error());
        }
        if (run.evaluated() == 0) {
            return Either.left(new EvaluationError.NoSessions(run.skipped()));
        }
        List<String> notes = new ArrayList<>(join.discoveryNote().stream().toList());
        headNote(command.policies(), encoder).ifPresent(notes::add);
        return Either.right(run.report(notes));
    }

    /**
     * Where mostra-seq's prefix-aware SAT comes from, when a mostra-seq policy is evaluated: the head learns only
     * from sessions whose logged order is random (MSSD: shuffle play), and the report says so.
     */
    public static Optional<String> headNote(List<RankingPolicy> policies, EncodeRelevancePort encoder) {
        boolean seq = policies.stream().anyMatch(p -> p.label().method().startsWith(TradeOffMethods.MOSTRA_SEQ));
        return seq ? encoder.prefixHeadSource().map(from -> "mostra-seq: the model's sequence head (the"
                + " prefix-aware correction of SAT) was learned from the logged positions of " + from + ".")
                : Optional.empty();
    }

    /** Drops the first {@code skip} sessions of the stream. */
    private static final class HeldOut {
        private final long skip;
        private long passed;

        HeldOut(long skip) {
            this.skip = skip;
        }

        List<LoggedSession> of(List<LoggedSession> chunk) {
            int drop = (int) Math.max(0, Math.min(chunk.size(), skip - passed));
            passed += chunk.size();
            return drop == 0 ? chunk : chunk.subList(drop, chunk.size());
        }
    }
}
