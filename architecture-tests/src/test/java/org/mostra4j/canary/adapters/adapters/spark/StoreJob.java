package org.mostra4j.canary.adapters.adapters.spark;

import org.mostra4j.canary.adapters.adapters.persistence.ModelRegistry;

/** Canary: the Spark jobs reaching into the store (executors never look sessions up in a database). */
public final class StoreJob {
    ModelRegistry registry;
}
