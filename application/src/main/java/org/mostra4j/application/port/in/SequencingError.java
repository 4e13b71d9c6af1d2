package org.mostra4j.application.port.in;

import java.util.List;
import java.util.Set;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.SessionId;

/** Why a session could not be sequenced. Every case carries a message naming what is at fault. */
public sealed interface SequencingError {
    String message();

    /** An objective named in the policy or in a candidate's labels is not registered. */
    record UnknownObjective(String where, ObjectiveId objective, Set<ObjectiveId> known) implements SequencingError {
        public String message() {
            return where + ": unknown objective '" + objective + "' (known: " + String.join(", ",
                    known.stream().map(ObjectiveId::value).sorted().toList()) + ")";
        }
    }

    /** One or more policy knobs are out of range or malformed. */
    record InvalidPolicy(List<Problem> problems) implements SequencingError {
        public InvalidPolicy {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid policy has at least one problem");
            }
        }

        public static InvalidPolicy of(String field, String message) {
            return new InvalidPolicy(List.of(new Problem(field, message)));
        }

        public String message() {
            return String.join("; ", problems.stream().map(p -> "policy." + p.field() + ": " + p.message()).toList());
        }

        /** A problem with one field. */
        public record Problem(String field, String message) {
        }
    }

    /** The session has no candidates. */
    record EmptySession(SessionId session) implements SequencingError {
        public String message() {
            return "session " + session + " has no candidates";
        }
    }

    /** A track appears twice among the candidates. */
    record DuplicateCandidate(SessionId session, TrackId track, int firstIndex, int secondIndex)
            implements SequencingError {
        public String message() {
            return "candidates[" + secondIndex + "]: track " + track + " duplicates candidates[" + firstIndex + "]";
        }
    }

    /** A relevance supplied with a candidate (or by the encoder) is NaN, infinite or outside [0,1]. */
    record NonFiniteRelevance(TrackId track, int index, double value) implements SequencingError {
        public String message() {
            return "candidates[" + index + "].relevance: track " + track + " has relevance " + value
                    + "; it must be finite and in [0,1]";
        }
    }

    /** No relevance was supplied and no encoder could provide one. */
    record RelevanceUnavailable(String reason) implements SequencingError {
        public String message() {
            return "no relevance: " + reason;
        }
    }
}
