package org.mostra4j.canary.cli.adapters.http;

import org.mostra4j.canary.cli.adapters.cli.ExitCodes;

/** Canary: the HTTP adapter borrowing from the command line. */
public final class Endpoint {
    int badRequest() {
        return ExitCodes.usage();
    }
}
