package org.mostra4j.adapters.cli;

/**
 * How much a run tells on stderr, set by the global {@code --quiet} / {@code --verbose} flags that every
 * command inherits: QUIET prints results only (no progress, no stage lines), VERBOSE adds each demo
 * stage's own output and the stack trace of a failure.
 */
enum Verbosity {
    QUIET, NORMAL, VERBOSE;

    private static volatile Verbosity current = NORMAL;

    static Verbosity current() {
        return current;
    }

    static void set(Verbosity level) {
        current = level;
    }

    static boolean quiet() {
        return current == QUIET;
    }

    static boolean verbose() {
        return current == VERBOSE;
    }
}
