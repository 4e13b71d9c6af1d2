package org.mostra4j.domain.catalog;

/** Identifier of a user; compared by its string value. */
public record UserId(String value) implements Comparable<UserId> {
    public UserId {
        Ids.require("userId", value);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public int compareTo(UserId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
