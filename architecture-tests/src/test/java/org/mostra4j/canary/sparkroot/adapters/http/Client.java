package org.mostra4j.canary.sparkroot.adapters.http;

import org.mostra4j.canary.sparkroot.adapters.spark.Jobs;

/** Canary: an adapter building on the Spark jobs. */
public final class Client {
    Jobs jobs;
}
