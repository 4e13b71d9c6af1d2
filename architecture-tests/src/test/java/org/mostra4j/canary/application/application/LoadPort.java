package org.mostra4j.canary.application.application;

/** Fixture: a port that depends on the domain only. */
public interface LoadPort {
    org.mostra4j.canary.application.domain.Session load(String id);
}
