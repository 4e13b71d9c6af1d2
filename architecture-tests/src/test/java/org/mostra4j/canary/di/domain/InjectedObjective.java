package org.mostra4j.canary.di.domain;

import jakarta.inject.Inject;

/** Canary: a domain plugin annotated for the container. */
public final class InjectedObjective {
    @Inject
    InjectedObjective() {
    }
}
