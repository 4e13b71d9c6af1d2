package org.mostra4j.domain.catalog;

/** Identifier of a track; compared by its string value. */
public record TrackId(String value) implements Comparable<TrackId> {
    public TrackId {
        Ids.require("trackId", value);
    }

    public static TrackId of(String value) {
        return new TrackId(value);
    }

    @Override
    public int compareTo(TrackId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
