package org.mostra4j.domain.objective;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.UserId;
import org.quicktheories.core.Gen;

/**
 * A small generated world for objective checks: one query and the raw facts about the user (history,
 * emerging artists, boosts). Ids come from small pools (t0–t7, a0–a3, u0–u2) and dates from a 20-day
 * window, so the facts often mention the queried track, artist and date, including period edges.
 *
 * @param query   the (user, track, artist, date) to decide on
 * @param streams the user's history: (track, artist or none, plays)
 * @param emerging emerging-artist list entries
 * @param boosted boost list entries
 */
public record ObjectiveWorld(ObjectiveQuery query, List<Stream> streams, List<Listed<ArtistId>> emerging,
        List<Listed<TrackId>> boosted) {
    public static final LocalDate DAY_ZERO = LocalDate.of(2026, 1, 1);

    public ObjectiveWorld {
        streams = List.copyOf(streams);
        emerging = List.copyOf(emerging);
        boosted = List.copyOf(boosted);
    }

    /** One history line. */
    public record Stream(TrackId track, Optional<ArtistId> artist, long plays) {
        @Override
        public String toString() {
            return track + artist.map(a -> "/" + a).orElse("/?") + "×" + plays;
        }
    }

    /** One dated list entry, valid over [from, to]. */
    public record Listed<T>(T id, LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            return id + "@" + from.getDayOfMonth() + ".." + to.getDayOfMonth();
        }
    }

    public ObjectiveFacts facts() {
        ListeningHistory.Builder h = ListeningHistory.builder();
        streams.forEach(s -> h.add(s.track(), s.artist().orElse(null), s.plays()));
        DatedList.Builder<ArtistId> e = DatedList.builder();
        emerging.forEach(l -> e.add(l.id(), l.from(), l.to()));
        DatedList.Builder<TrackId> b = DatedList.builder();
        boosted.forEach(l -> b.add(l.id(), l.from(), l.to()));
        return ObjectiveFacts.builder().history(h.build()).emergingArtists(e.build()).boosts(b.build()).build();
    }

    /** The same facts plus history and list entries about a track and artist no query of this world names. */
    public ObjectiveFacts factsWithUnrelatedEntries() {
        TrackId otherTrack = TrackId.of("t-unrelated");
        ArtistId otherArtist = ArtistId.of("a-unrelated");
        ObjectiveFacts f = facts();
        ListeningHistory.Builder h = ListeningHistory.builder();
        streams.forEach(s -> h.add(s.track(), s.artist().orElse(null), s.plays()));
        h.add(otherTrack, otherArtist, 7);
        DatedList.Builder<ArtistId> e = DatedList.builder();
        emerging.forEach(l -> e.add(l.id(), l.from(), l.to()));
        e.add(otherArtist, query.date().minusDays(3), query.date().plusDays(3));
        DatedList.Builder<TrackId> b = DatedList.builder();
        boosted.forEach(l -> b.add(l.id(), l.from(), l.to()));
        b.add(otherTrack, query.date(), query.date());
        return f.toBuilder().history(h.build()).emergingArtists(e.build()).boosts(b.build()).build();
    }

    public static Gen<ObjectiveWorld> generator() {
        Gen<TrackId> tracks = integers().between(0, 7).map(i -> TrackId.of("t" + i));
        Gen<Optional<ArtistId>> artists = integers().between(-1, 3)
                .map(i -> i < 0 ? Optional.<ArtistId>empty() : Optional.of(ArtistId.of("a" + i)));
        Gen<LocalDate> dates = integers().between(0, 19).map(DAY_ZERO::plusDays);
        Gen<ObjectiveQuery> queries = integers().between(0, 2).zip(tracks, artists, dates,
                (u, t, a, d) -> new ObjectiveQuery(UserId.of("u" + u), t, a, d));
        Gen<Stream> streams = tracks.zip(artists, integers().between(1, 5), (t, a, p) -> new Stream(t, a, p));
        Gen<Listed<ArtistId>> emerging = integers().between(0, 3).zip(dates, integers().between(0, 6),
                (a, from, len) -> new Listed<>(ArtistId.of("a" + a), from, from.plusDays(len)));
        Gen<Listed<TrackId>> boosted = tracks.zip(dates, integers().between(0, 6),
                (t, from, len) -> new Listed<>(t, from, from.plusDays(len)));
        return queries.zip(lists().of(streams).ofSizeBetween(0, 6), lists().of(emerging).ofSizeBetween(0, 4),
                lists().of(boosted).ofSizeBetween(0, 4), ObjectiveWorld::new);
    }
}
