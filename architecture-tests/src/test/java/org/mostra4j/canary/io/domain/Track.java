package org.mostra4j.canary.io.domain;

/** Fixture: a pure domain value. */
public record Track(String id) {
}
