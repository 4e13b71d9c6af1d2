package org.mostra4j.canary.names.application;

/** Canary: a vague suffix. */
public final class SequencerImpl {
}
