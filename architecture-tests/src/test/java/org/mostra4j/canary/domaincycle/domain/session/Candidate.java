package org.mostra4j.canary.domaincycle.domain.session;

/** Canary: a session value labelled with objective ids. */
public record Candidate(java.util.Set<org.mostra4j.canary.domaincycle.domain.objective.ObjectiveId> objectives) {
}
