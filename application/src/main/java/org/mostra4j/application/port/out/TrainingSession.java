package org.mostra4j.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.session.LoggedSession;

/**
 * One logged session with everything the encoder learns from: the catalogue entries of its candidates
 * (a candidate missing from {@code tracks} is a cold-start track), the user's history before the session
 * and the objective labels of each candidate (in candidate order).
 */
public record TrainingSession(LoggedSession session, Map<TrackId, Track> tracks, ListeningHistory history,
        List<Set<ObjectiveId>> labels) {
    public TrainingSession {
        Objects.requireNonNull(session, "session");
        tracks = Map.copyOf(Objects.requireNonNull(tracks, "tracks"));
        Objects.requireNonNull(history, "history");
        labels = List.copyOf(labels.stream().map(Set::copyOf).toList());
        if (labels.size() != session.candidates().size()) {
            throw new IllegalArgumentException("labels has " + labels.size() + " entries for "
                    + session.candidates().size() + " candidates of session " + session.id());
        }
    }
}
