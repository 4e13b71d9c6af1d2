package org.mostra4j.canary.usecase.application.port.in;

/** Fixture: a sealed sum of outcomes is a value, not a port. */
public sealed interface EvaluationError {
    /** Fixture. */
    record UnknownRun(String run) implements EvaluationError {
    }
}
