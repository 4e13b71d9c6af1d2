package org.mostra4j.canary.di.domain;

/** Fixture: a plain domain plugin. */
public final class Exposure {
}
