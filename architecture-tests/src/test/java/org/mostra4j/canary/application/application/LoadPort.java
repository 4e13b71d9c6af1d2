package org.mostra4j.canary.application.application;

import org.mostra4j.canary.application.domain.Session;

/** Fixture: a port that depends on the domain only. */
public interface LoadPort {
    Session load(String id);
}
