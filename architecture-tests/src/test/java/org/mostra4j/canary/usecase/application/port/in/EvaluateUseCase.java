package org.mostra4j.canary.usecase.application.port.in;

/** Fixture: a well-named use case with a nested interface (nested types are exempt). */
public interface EvaluateUseCase {
    double evaluate(String run, Listener listener);

    /** Fixture: nested. */
    interface Listener {
        void progress(int done);
    }
}
