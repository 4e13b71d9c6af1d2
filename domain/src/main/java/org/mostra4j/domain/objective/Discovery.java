package org.mostra4j.domain.objective;

import org.mostra4j.domain.catalog.ObjectiveId;

/**
 * Discovery: the user has never streamed this track nor any track of its artist before the session.
 * When the artist is unknown (e.g. MSSD logs) only the track is checked.
 */
public final class Discovery implements Objective {
    @Override
    public ObjectiveId id() {
        return ObjectiveId.DISCOVERY;
    }

    @Override
    public String description() {
        return "new to the listener: neither the track nor its artist streamed before the session";
    }

    @Override
    public boolean serves(ObjectiveQuery query, ObjectiveFacts facts) {
        ListeningHistory h = facts.history();
        // no capturing lambda: this runs for every candidate of every request
        return !h.hasStreamed(query.track()) && (query.artist().isEmpty() || !h.hasStreamed(query.artist().get()));
    }
}
