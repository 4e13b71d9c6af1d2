package org.mostra4j.canary.logging.domain;

/** Canary: a domain class logging through System.Logger. */
public final class SystemLoggerFilter {
    void filter() {
        System.getLogger("filter").log(System.Logger.Level.INFO, "filtering");
    }
}
