package org.mostra4j.domain.session;

import java.util.List;
import java.util.Objects;
import org.mostra4j.domain.catalog.TrackId;

/** The ordered result for one session. */
public record Sequence(SessionId session, List<Placement> placements) {
    public Sequence {
        Objects.requireNonNull(session, "session");
        placements = List.copyOf(placements);
        for (int i = 0; i < placements.size(); i++) {
            if (placements.get(i).position() != i + 1) {
                throw new IllegalArgumentException("placements must be numbered 1..n in order; position "
                        + placements.get(i).position() + " found at index " + i);
            }
        }
    }

    public List<TrackId> tracks() {
        return placements.stream().map(Placement::track).toList();
    }

    /** The final cumulative score (0 for an empty sequence). */
    public double score() {
        return placements.isEmpty() ? 0.0 : placements.get(placements.size() - 1).score();
    }

    public int length() {
        return placements.size();
    }
}
