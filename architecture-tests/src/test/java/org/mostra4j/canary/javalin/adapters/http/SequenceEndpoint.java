package org.mostra4j.canary.javalin.adapters.http;

import io.javalin.Javalin;

/** Fixture: Javalin where it belongs. */
public final class SequenceEndpoint {
    Javalin server;
}
