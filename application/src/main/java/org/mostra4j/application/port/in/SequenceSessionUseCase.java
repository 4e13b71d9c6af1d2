package org.mostra4j.application.port.in;

import io.vavr.control.Either;
import java.util.Objects;
import org.mostra4j.domain.search.ObjectiveScorerFactory;
import org.mostra4j.domain.search.SequencingPolicy;
import org.mostra4j.domain.session.Sequence;
import org.mostra4j.domain.session.Session;

/** Orders one session's candidates under a policy: decorate → (encode) → ε filter → beam search. */
public interface SequenceSessionUseCase {

    Either<SequencingError, Sequence> sequence(Command command);

    /**
     * @param session the session as it arrived
     * @param policy  every trade-off knob
     * @param scorer  the name of the registered objective scorer (default {@code concave-coverage})
     * @param sequenceAware mostra-seq: true = the model's sequence head corrects each candidate's SAT for the
     *                prefix placed (an error when the model has none), false = §2.2's decoder, empty = on
     *                exactly when the model has a head
     */
    record Command(Session session, SequencingPolicy policy, String scorer, java.util.Optional<Boolean> sequenceAware) {
        public Command {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(sequenceAware, "sequenceAware");
        }

        public Command(Session session, SequencingPolicy policy, String scorer) {
            this(session, policy, scorer, java.util.Optional.empty());
        }

        public Command(Session session, SequencingPolicy policy) {
            this(session, policy, ObjectiveScorerFactory.CONCAVE_COVERAGE.name());
        }

        public Command withSequenceAware(java.util.Optional<Boolean> value) {
            return new Command(session, policy, scorer, value);
        }
    }
}
