package org.mostra4j.canary.picocli.adapters.http;

import picocli.CommandLine.Option;

/** Canary: the HTTP adapter parsing command-line options. */
public final class ServeOptions {
    @Option(names = "--port")
    int port;
}
