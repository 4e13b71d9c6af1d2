package org.mostra4j.canary.port.application.port.out;

/** Fixture: records are not ports. */
public record TrackRow(String id) {
}
