package org.mostra4j.canary.cli.adapters.cli;

/** Fixture: part of the command line. (A method, not a constant: javac inlines constants, leaving no dependency.) */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static int usage() {
        return 2;
    }
}
