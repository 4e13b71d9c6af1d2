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
 *
 * <p>{@code positionsUsable}: whether the logged order is independent of the tracks (a uniform shuffle, as
 * in the simulator's logs and MSSD's shuffle-play sessions), so that mostra-seq's prefix head may learn
 * from the positions. A session served in a recommender's own order would teach the head that
 * recommender's ordering instead of the listener's reaction to order: such sessions train the encoder
 * but not the head. The store decides it per session (e.g. MSSD's {@code hist_user_behavior_is_shuffle}).
 */
public record TrainingSession(LoggedSession session, Map<TrackId, Track> tracks, ListeningHistory history,
        List<Set<ObjectiveId>> labels, boolean positionsUsable) {
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

    /** A session whose logged positions are usable (the default: logs without a shuffle flag are shuffled). */
    public TrainingSession(LoggedSession session, Map<TrackId, Track> tracks, ListeningHistory history,
            List<Set<ObjectiveId>> labels) {
        this(session, tracks, history, labels, true);
    }
}
