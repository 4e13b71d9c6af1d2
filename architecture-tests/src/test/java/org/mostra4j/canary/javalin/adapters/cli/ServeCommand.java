package org.mostra4j.canary.javalin.adapters.cli;

import io.javalin.Javalin;

/** Canary: the command line starting a web server itself. */
public final class ServeCommand {
    Javalin server;
}
