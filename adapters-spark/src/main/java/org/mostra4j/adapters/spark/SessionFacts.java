package org.mostra4j.adapters.spark;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.mostra4j.application.port.out.LoadCatalogPort;
import org.mostra4j.application.port.out.LoadHistoryPort;
import org.mostra4j.application.port.out.LoadObjectiveFactsPort;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.Track;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.mostra4j.domain.objective.DatedList;
import org.mostra4j.domain.objective.ListeningHistory;
import org.mostra4j.domain.objective.ObjectiveFacts;

/**
 * The driven ports on an executor, answered from the data Spark joined to the session being processed
 * (never a per-session database lookup). The partition loop sets {@link #current(SessionRow)} before it
 * hands the session to a use case; a question about any other user or date is a wiring bug and fails.
 * One instance per partition task (not shared between threads).
 */
final class SessionFacts implements LoadCatalogPort, LoadHistoryPort, LoadObjectiveFactsPort {
    private final DatedList<ArtistId> emerging;
    private final DatedList<TrackId> boosts;
    private SessionRow current;

    SessionFacts(DatedList<ArtistId> emerging, DatedList<TrackId> boosts) {
        this.emerging = Objects.requireNonNull(emerging, "emerging");
        this.boosts = Objects.requireNonNull(boosts, "boosts");
    }

    void current(SessionRow session) {
        this.current = session;
    }

    @Override
    public Map<TrackId, Track> tracks(Collection<TrackId> ids) {
        Map<TrackId, Track> out = new HashMap<>(ids.size() * 2);
        for (TrackId id : ids) {
            Track t = current.tracks().get(id);
            if (t != null) {
                out.put(id, t);
            }
        }
        return out;
    }

    @Override
    public void forEachTrack(Consumer<Track> sink) {
        throw new UnsupportedOperationException("an executor sees only the catalogue entries of its session");
    }

    @Override
    public ListeningHistory historyBefore(UserId user, LocalDate date) {
        check(user, date);
        return current.history();
    }

    @Override
    public ObjectiveFacts factsFor(UserId user, LocalDate date) {
        check(user, date);
        return ObjectiveFacts.builder().history(current.history()).emergingArtists(emerging).boosts(boosts).build();
    }

    private void check(UserId user, LocalDate date) {
        if (current == null || !current.logged().user().equals(user) || !current.logged().date().equals(date)) {
            throw new IllegalStateException("facts asked for " + user + " on " + date + " while processing "
                    + (current == null ? "no session" : current.logged().id()));
        }
    }
}
