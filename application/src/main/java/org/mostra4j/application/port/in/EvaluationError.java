package org.mostra4j.application.port.in;

import org.mostra4j.domain.evaluation.PolicyLabel;
import org.mostra4j.domain.session.SessionId;

/** Why an evaluation could not produce a report. Every case says what is at fault. */
public sealed interface EvaluationError {
    String message();

    /** The store handed over no session that could be evaluated. */
    record NoSessions(long skipped) implements EvaluationError {
        public String message() {
            return "no session to evaluate" + (skipped > 0 ? " (" + skipped + " skipped: empty or duplicated tracks)" : "");
        }
    }

    /** The encoder could not predict a session's satisfaction (e.g. no model). */
    record RelevanceUnavailable(SessionId session, String reason) implements EvaluationError {
        public String message() {
            return "session " + session + ": no relevance: " + reason;
        }
    }

    /** A policy broke its contract (not a permutation of the candidates). */
    record BrokenPolicy(PolicyLabel policy, SessionId session, String problem) implements EvaluationError {
        public String message() {
            return "policy " + policy.display() + " on session " + session + ": " + problem;
        }
    }

    /** Two policies share one label, so their results could not be told apart. */
    record DuplicatePolicy(PolicyLabel policy) implements EvaluationError {
        public String message() {
            return "policy " + policy.display() + " is listed twice";
        }
    }
}
