package org.mostra4j.canary.sql.domain;

/** Fixture: a pure domain value. */
public record Track(String id) {
}
