package org.mostra4j.domain.evaluation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.ObjectiveSet;
import org.mostra4j.domain.session.Relevance;

/**
 * One candidate of a held-out session, ready for evaluation: its predicted satisfaction, the objectives
 * it serves and its logged SAT label when known.
 */
public record EvaluationCandidate(TrackId track, Relevance relevance, Set<ObjectiveId> objectives,
        Optional<Boolean> loggedSat) {
    public EvaluationCandidate {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(relevance, "relevance");
        objectives = ObjectiveSet.copyOf(objectives);
        Objects.requireNonNull(loggedSat, "loggedSat");
    }

    /** A candidate with a logged SAT label. */
    public static EvaluationCandidate of(String track, double relevance, boolean sat, ObjectiveId... objectives) {
        return new EvaluationCandidate(TrackId.of(track), Relevance.of(relevance), Set.of(objectives), Optional.of(sat));
    }

    /** A candidate whose logged SAT label is unknown. */
    public static EvaluationCandidate unlabelled(String track, double relevance, ObjectiveId... objectives) {
        return new EvaluationCandidate(TrackId.of(track), Relevance.of(relevance), Set.of(objectives), Optional.empty());
    }
}
