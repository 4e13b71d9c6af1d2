package org.mostra4j.canary.application.application;

import org.mostra4j.canary.application.adapters.persistence.SessionTable;

/** Canary: a service that uses an adapter directly instead of a port. */
public final class SequenceService {
    SessionTable table;
}
