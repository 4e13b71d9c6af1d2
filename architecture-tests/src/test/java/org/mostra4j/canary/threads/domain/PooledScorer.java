package org.mostra4j.canary.threads.domain;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Canary: a domain class with a thread pool. */
public final class PooledScorer {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
}
