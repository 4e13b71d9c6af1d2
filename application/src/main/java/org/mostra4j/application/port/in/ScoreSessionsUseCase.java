package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.util.List;
import org.mostra4j.domain.evaluation.EvaluationSession;
import org.mostra4j.domain.session.LoggedSession;

/**
 * Predicts every logged candidate's satisfaction with the encoder, over the whole logged candidate set
 * and with the objective labels of the session date: the relevance that {@code evaluate} and the
 * sequencer work with, exported so users can compute their own metrics. Sessions without candidates or
 * with a track logged twice are left out (as in {@code evaluate}).
 */
public interface ScoreSessionsUseCase {

    /** The usable sessions of one chunk, candidates in logged order; or the first encoder failure. */
    Either<EvaluationError, List<EvaluationSession>> score(List<LoggedSession> chunk);
}
