package org.mostra4j.canary.domaincycle.domain.objective;

import org.mostra4j.canary.domaincycle.domain.session.Candidate;

/** Canary: closes the cycle objective -> session -> objective. */
public final class Decorator {
    Candidate decorate(Candidate candidate) {
        return candidate;
    }
}
