package org.mostra4j.canary.cli.adapters.cli;

/** Fixture: the command line may use itself. */
public final class Command {
    int usage() {
        return ExitCodes.usage();
    }
}
