package org.mostra4j.canary.innermost.domain;

/** Canary: a domain class that depends on the application. */
public final class Beam {
    org.mostra4j.canary.innermost.application.PolicyPort port;
}
