package org.mostra4j.canary.console.adapters.persistence;

/** Canary: an adapter writing to System.err. */
public final class ComplainingImporter {
    void warn(String message) {
        System.err.println(message);
    }
}
