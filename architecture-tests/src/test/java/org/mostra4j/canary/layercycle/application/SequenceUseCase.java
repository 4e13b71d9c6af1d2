package org.mostra4j.canary.layercycle.application;

import org.mostra4j.canary.layercycle.domain.Sequence;

/** Fixture: a use case returning a domain value. */
public interface SequenceUseCase {
    Sequence sequence();
}
