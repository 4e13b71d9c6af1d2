package org.mostra4j.canary.console.adapters.cli;

/** Fixture: the command line owns the console. */
public final class SequenceCommand {
    void print(String line) {
        System.out.println(line);
        System.err.println(line);
    }
}
