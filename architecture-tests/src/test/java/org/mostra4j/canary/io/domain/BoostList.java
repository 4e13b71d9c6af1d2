package org.mostra4j.canary.io.domain;

import java.net.URI;

/** Canary: a domain class that knows where to fetch from. */
public record BoostList(URI source) {
}
