package org.mostra4j.canary.innermost.domain;

/** Fixture: a domain class depending only on the domain and the JDK. */
public record Track(String id, Artist artist) {
}
