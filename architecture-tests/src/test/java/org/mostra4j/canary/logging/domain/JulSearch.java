package org.mostra4j.canary.logging.domain;

import java.util.logging.Logger;

/** Canary: a domain class logging through java.util.logging. */
public final class JulSearch {
    void search() {
        Logger.getLogger("search").info("searching");
    }
}
