package org.mostra4j.canary.port.application.port.out;

/** Canary: a driven port that does not say it is a port. */
public interface SessionStore {
    String load(String id);
}
