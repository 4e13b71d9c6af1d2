package org.mostra4j.canary.domaincycle.domain.catalog;

/** Fixture: a package outside the cycle. */
public record TrackId(String value) {
}
