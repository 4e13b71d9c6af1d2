package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

/** Exposure: the track's artist is on the emerging-artist list valid at the session date (inclusive). */
public final class Exposure implements Objective {
    @Override
    public ObjectiveId id() {
        return ObjectiveId.EXPOSURE;
    }

    @Override
    public String description() {
        return "emerging artist: the artist is on the emerging-artist list valid at the session date";
    }

    @Override
    public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
        return query.artist().map(a -> facts.emergingArtists().contains(a, query.date())).orElse(false);
    }
}
