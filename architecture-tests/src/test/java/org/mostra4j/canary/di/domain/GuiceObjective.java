package org.mostra4j.canary.di.domain;

import com.google.inject.Singleton;

/** Canary: a domain plugin annotated with Guice. */
@Singleton
public final class GuiceObjective {
}
