package org.mostra4j.adapters.http;

/** How a request ended, as counted by {@code /metrics}. */
enum Outcome {
    OK, CLIENT_ERROR, OVERLOADED, TIMED_OUT, DRAINING, SERVER_ERROR;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Outcome ofStatus(int status) {
        if (status < 400) {
            return OK;
        }
        return status < 500 ? CLIENT_ERROR : SERVER_ERROR;
    }
}
