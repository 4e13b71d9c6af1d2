package org.mostra4j.canary.names.adapters.ml;

/** Canary: a vague suffix. */
public record ModelInfo(String name) {
}
