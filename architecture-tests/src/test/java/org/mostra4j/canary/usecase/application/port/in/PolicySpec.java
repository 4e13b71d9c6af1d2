package org.mostra4j.canary.usecase.application.port.in;

/** Fixture: records are not ports. */
public record PolicySpec(double epsilon) {
}
