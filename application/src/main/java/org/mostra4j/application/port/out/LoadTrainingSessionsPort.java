package org.mostra4j.application.port.out;

import java.util.function.Consumer;

/**
 * The encoder's training data: a re-iterable stream of sessions. Contract: every call of
 * {@link #forEach} hands over the same sessions in the same order (deterministic), so that a
 * trainer may pass over them more than once; sessions without any SAT label may be skipped by the
 * trainer.
 */
public interface LoadTrainingSessionsPort {
    /** Hands every session to {@code sink}; returns how many were handed over. */
    long forEach(Consumer<TrainingSession> sink);
}
