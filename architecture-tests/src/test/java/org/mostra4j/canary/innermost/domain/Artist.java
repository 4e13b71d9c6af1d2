package org.mostra4j.canary.innermost.domain;

/** Fixture. */
public record Artist(String id) {
}
