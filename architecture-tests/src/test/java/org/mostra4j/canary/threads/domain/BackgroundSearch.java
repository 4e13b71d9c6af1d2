package org.mostra4j.canary.threads.domain;

/** Canary: a domain class starting a thread. */
public final class BackgroundSearch {
    void start(Runnable work) {
        new Thread(work).start();
    }
}
