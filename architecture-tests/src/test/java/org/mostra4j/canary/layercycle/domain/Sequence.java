package org.mostra4j.canary.layercycle.domain;

import org.mostra4j.canary.layercycle.application.SequenceUseCase;

/** Canary: a domain type depending on the application (closing a cycle). */
public record Sequence(SequenceUseCase producer) {
}
