package org.mostra4j.canary.names.domain;

/** Fixture: a good name, holding a nested canary with a vague suffix. */
public record Track(String id) {
    /** Canary: nested types are checked too. */
    public record Data(String raw) {
    }
}
