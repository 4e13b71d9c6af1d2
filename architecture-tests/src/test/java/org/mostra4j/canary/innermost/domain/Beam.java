package org.mostra4j.canary.innermost.domain;

import org.mostra4j.canary.innermost.application.PolicyPort;

/** Canary: a domain class that depends on the application. */
public final class Beam {
    PolicyPort port;
}
