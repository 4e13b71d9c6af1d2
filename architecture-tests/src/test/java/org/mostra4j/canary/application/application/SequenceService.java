package org.mostra4j.canary.application.application;

/** Canary: a service that uses an adapter directly instead of a port. */
public final class SequenceService {
    org.mostra4j.canary.application.adapters.persistence.SessionTable table;
}
