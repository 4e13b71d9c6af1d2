package org.mostra4j.canary.layercycle.application;

/** Fixture: a use case returning a domain value. */
public interface SequenceUseCase {
    org.mostra4j.canary.layercycle.domain.Sequence sequence();
}
