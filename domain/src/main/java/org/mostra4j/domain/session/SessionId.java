package org.mostra4j.domain.session;

/** Identifier of a listening session. */
public record SessionId(String value) implements Comparable<SessionId> {
    public SessionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("sessionId must be non-blank, was '" + value + "'");
        }
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
