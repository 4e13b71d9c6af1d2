package org.mostra4j.canary.application.adapters.persistence;

/** Fixture: an adapter class. */
public final class SessionTable {
}
