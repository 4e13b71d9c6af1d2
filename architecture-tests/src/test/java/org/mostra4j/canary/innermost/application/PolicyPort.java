package org.mostra4j.canary.innermost.application;

/** Fixture: an application type. */
public interface PolicyPort {
}
