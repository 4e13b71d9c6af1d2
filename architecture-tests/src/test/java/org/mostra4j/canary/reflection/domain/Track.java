package org.mostra4j.canary.reflection.domain;

/** Fixture: a pure domain value (getClass() is not reflection). */
public record Track(String id) {
    String kind() {
        return getClass().getSimpleName();
    }
}
