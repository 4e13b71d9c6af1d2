package org.mostra4j.canary.console.application;

/** Canary: a service printing to the console. */
public final class ChattyService {
    void sequence() {
        System.out.println("sequencing");
    }
}
