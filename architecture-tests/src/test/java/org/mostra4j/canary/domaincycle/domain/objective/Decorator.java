package org.mostra4j.canary.domaincycle.domain.objective;

/** Canary: closes the cycle objective -> session -> objective. */
public final class Decorator {
    org.mostra4j.canary.domaincycle.domain.session.Candidate decorate(org.mostra4j.canary.domaincycle.domain.session.Candidate candidate) {
        return candidate;
    }
}
