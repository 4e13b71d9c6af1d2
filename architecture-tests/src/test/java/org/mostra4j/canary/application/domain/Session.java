package org.mostra4j.canary.application.domain;

/** Fixture. */
public record Session(String id) {
}
