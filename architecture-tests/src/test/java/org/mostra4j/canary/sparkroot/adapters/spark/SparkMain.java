package org.mostra4j.canary.sparkroot.adapters.spark;

/** Fixture: the Spark jobs' entry point. */
public final class SparkMain {
}
