package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

/** Boost: the track is on an editorial boost list valid at the session date (inclusive). */
public final class Boost implements Objective {
    @Override
    public ObjectiveId id() {
        return ObjectiveId.BOOST;
    }

    @Override
    public String description() {
        return "editorial boost: the track is on a boost list valid at the session date";
    }

    @Override
    public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
        return facts.boosts().contains(query.track(), query.date());
    }
}
