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
        // no capturing lambda: this runs for every candidate of every request
        return query.artist().isPresent() && facts.emergingArtists().contains(query.artist().get(), query.date());
    }
}
