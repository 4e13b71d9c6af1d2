package org.mostra4j.canary.sparkroot.adapters.spark;

/** Fixture: a class of the Spark jobs that another adapter (wrongly) uses. */
public final class Jobs {
}
