package org.mostra4j.canary.domaincycle.domain.session;

import java.util.Set;
import org.mostra4j.canary.domaincycle.domain.objective.ObjectiveId;

/** Canary: a session value labelled with objective ids (like the real Candidate). */
public record Candidate(Set<ObjectiveId> objectives) {
}
