package org.mostra4j.application.service;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.mostra4j.application.port.in.EvaluationError;
import org.mostra4j.application.port.in.TradeOffSessions;
import org.mostra4j.application.port.out.LoadSessionsPort;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.evaluation.frontier.SessionSplit;
import org.mostra4j.domain.session.LoggedSession;

/**
 * The held-out sessions of a frontier or tuning run, joined once and kept in memory (every setting is measured on
 * the same sessions many times), split by {@link SessionSplit} into validation and test.
 */
record SplitSessions(List<EvaluationSession> validation, List<EvaluationSession> test, long skipped) {

    static Either<EvaluationError, SplitSessions> load(LoadSessionsPort store, EvaluationSessions join,
            TradeOffSessions what) {
        SessionSplit split = new SessionSplit(what.seed(), what.validationShare());
        List<EvaluationSession> validation = new ArrayList<>();
        List<EvaluationSession> test = new ArrayList<>();
        long[] passed = {0};
        long[] skipped = {0};
        EvaluationError[] failure = {null};
        long limit = what.sessions() > 0 ? what.skip() + what.sessions() : 0;
        store.stream(limit, 256, chunk -> {
            int drop = (int) Math.max(0, Math.min(chunk.size(), what.skip() - passed[0]));
            passed[0] += chunk.size();
            List<LoggedSession> heldOut = chunk.subList(drop, chunk.size());
            if (heldOut.isEmpty() || failure[0] != null) {
                return;
            }
            Either<EvaluationError, List<EvaluationSession>> joined = join.join(heldOut);
            if (joined.isLeft()) {
                failure[0] = joined.getLeft();
                return;
            }
            skipped[0] += heldOut.size() - joined.get().size();
            joined.get().forEach(s -> (split.validation(s.id()) ? validation : test).add(s));
        });
        if (failure[0] != null) {
            return Either.left(failure[0]);
        }
        if (validation.isEmpty() || test.isEmpty()) {
            return Either.left(new EvaluationError.NoSessions(skipped[0]));
        }
        return Either.right(new SplitSessions(List.copyOf(validation), List.copyOf(test), skipped[0]));
    }
}
