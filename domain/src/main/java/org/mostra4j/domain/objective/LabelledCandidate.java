package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.ObjectiveSet;

import java.util.Objects;
import java.util.Set;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.session.Relevance;

/** A candidate ready for the decoder: its relevance and the objectives it serves (kept as an {@link ObjectiveSet}). */
public record LabelledCandidate(TrackId track, Relevance relevance, Set<ObjectiveId> objectives) {
    public LabelledCandidate {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(relevance, "relevance");
        objectives = ObjectiveSet.copyOf(objectives);
    }

    public static LabelledCandidate of(String track, double relevance, ObjectiveId... objectives) {
        return new LabelledCandidate(TrackId.of(track), Relevance.of(relevance), Set.of(objectives));
    }
}
