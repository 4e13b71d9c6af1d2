package org.mostra4j.application.port.out;

import io.vavr.control.Either;
import java.util.List;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.session.SessionId;

/**
 * The true satisfaction model of a world whose ground truth is known (the simulator): what a listener
 * would have done with any order of a session's candidates. Used to check the encoder against
 * Bayes-optimal predictions and the decoder's counterfactual SAT against the true SAT.
 *
 * <p>Contract: answers are deterministic (the same question always gets the same answer); every
 * probability is finite and in [0,1]; {@code expectedCompletion(s, logged order)} equals
 * {@code loggedCompletion(s)}. Unknown sessions, tracks that are not candidates of the session, and
 * duplicated tracks are answered with {@code Left(reason)}, never thrown.
 */
public interface OutcomeOraclePort {

    /**
     * The true expected completion (probability that the track is listened to the end) at each position
     * when the session's user is served exactly {@code order}: any ordered subset of the session's
     * candidates, without duplicates. Element i belongs to {@code order.get(i)}.
     */
    Either<String, List<Double>> expectedCompletion(SessionId session, List<TrackId> order);

    /**
     * The true completion probability of every candidate in the logged context (the logged order and
     * the whole logged set), in logged order: the Bayes-optimal prediction of the logged SAT labels.
     */
    Either<String, List<Double>> loggedCompletion(SessionId session);

    /** The logged candidate order of a session, so callers can form orders over its candidates. */
    Either<String, List<TrackId>> loggedOrder(SessionId session);

    /** Names of the terms {@link #completionTerms} splits the true logit into, in order; empty when it cannot. */
    default List<String> termNames() {
        return List.of();
    }

    /**
     * For evaluation only (explaining where a policy loses true SAT): the additive terms of the true model's
     * logit at each position of {@code order} (same questions as {@link #expectedCompletion}); element k holds
     * term k ({@link #termNames()}) per position. Their sum at a position is that position's logit.
     */
    default Either<String, List<List<Double>>> completionTerms(SessionId session, List<TrackId> order) {
        return Either.left("this oracle does not split its model into terms");
    }
}
