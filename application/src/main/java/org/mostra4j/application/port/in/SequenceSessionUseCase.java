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
     */
    record Command(Session session, SequencingPolicy policy, String scorer) {
        public Command {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(scorer, "scorer");
        }

        public Command(Session session, SequencingPolicy policy) {
            this(session, policy, ObjectiveScorerFactory.CONCAVE_COVERAGE.name());
        }
    }
}
