package org.mostra4j.canary.adapters.adapters.persistence;

/** Fixture. */
public final class ModelRegistry {
}
