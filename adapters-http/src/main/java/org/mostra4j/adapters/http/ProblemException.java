package org.mostra4j.adapters.http;

import java.util.Objects;

/**
 * Ends a request with a problem document from anywhere in a route or a before-handler: the server's exception
 * mapper writes it with the usual headers. New routes answer their refusals this way (or return a {@link Problem})
 * and never write an error body of their own.
 */
final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.kind().name(), null, false, false);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    Problem problem() {
        return problem;
    }
}
