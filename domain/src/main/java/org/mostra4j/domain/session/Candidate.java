package org.mostra4j.domain.session;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.mostra4j.domain.catalog.ArtistId;
import org.mostra4j.domain.catalog.TrackId;
import org.mostra4j.domain.catalog.ObjectiveId;
import org.mostra4j.domain.catalog.ObjectiveSet;

/**
 * One candidate track of a session as it arrives: the track, its artist when known, and optionally a
 * relevance and objective labels supplied by the caller. A relevance given here is used instead of the
 * encoder; labels given here are used instead of the objective plugins. The given relevance is kept raw
 * (it is validated by the use case, which reports a non-finite value as an error rather than throwing).
 */
public final class Candidate {
    private final TrackId track;
    private final ArtistId artist;
    private final Double relevance;
    private final Set<ObjectiveId> objectives;

    private Candidate(TrackId track, ArtistId artist, Double relevance, Set<ObjectiveId> objectives) {
        this.track = Objects.requireNonNull(track, "track");
        this.artist = artist;
        this.relevance = relevance;
        this.objectives = objectives == null ? null : ObjectiveSet.copyOf(objectives);
    }

    public static Candidate of(TrackId track) {
        return new Candidate(track, null, null, null);
    }

    public static Candidate of(String track) {
        return of(TrackId.of(track));
    }

    public Candidate withArtist(ArtistId newArtist) {
        return new Candidate(track, Objects.requireNonNull(newArtist, "artist"), relevance, objectives);
    }

    public Candidate withRelevance(double newRelevance) {
        return new Candidate(track, artist, newRelevance, objectives);
    }

    public Candidate withObjectives(Set<ObjectiveId> labels) {
        return new Candidate(track, artist, relevance, Objects.requireNonNull(labels, "objectives"));
    }

    public TrackId track() {
        return track;
    }

    public Optional<ArtistId> artist() {
        return Optional.ofNullable(artist);
    }

    /** The relevance supplied with the candidate, if any (not yet validated). */
    public OptionalDouble relevance() {
        return relevance == null ? OptionalDouble.empty() : OptionalDouble.of(relevance);
    }

    /** The objective labels supplied with the candidate, if any. */
    public Optional<Set<ObjectiveId>> objectives() {
        return Optional.ofNullable(objectives);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && track.equals(c.track) && Objects.equals(artist, c.artist)
                && Objects.equals(relevance, c.relevance) && Objects.equals(objectives, c.objectives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(track, artist, relevance, objectives);
    }

    @Override
    public String toString() {
        return "Candidate[" + track + (artist == null ? "" : " by " + artist)
                + (relevance == null ? "" : " s=" + relevance)
                + (objectives == null ? "" : " " + new TreeSet<>(objectives)) + "]";
    }
}
