package org.mostra4j.canary.console.domain;

/** Canary: printStackTrace() is System.err in disguise. */
public final class StackTracePrinter {
    void handle(IllegalStateException problem) {
        problem.printStackTrace();
    }
}
