package org.mostra4j.canary.domaincycle.domain.objective;

/** Fixture. */
public record ObjectiveId(String value) {
}
