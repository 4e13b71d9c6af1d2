package org.mostra4j.canary.layercycle.domain;

/** Canary: a domain type depending on the application (closing a cycle). */
public record Sequence(
        org.mostra4j.canary.layercycle.application.SequenceUseCase producer) {
}
