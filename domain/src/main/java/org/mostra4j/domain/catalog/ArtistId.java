package org.mostra4j.domain.catalog;

/** Identifier of a artist; compared by its string value. */
public record ArtistId(String value) implements Comparable<ArtistId> {
    public ArtistId {
        Ids.require("artistId", value);
    }

    public static ArtistId of(String value) {
        return new ArtistId(value);
    }

    @Override
    public int compareTo(ArtistId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
