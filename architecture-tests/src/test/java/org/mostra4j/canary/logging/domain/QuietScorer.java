package org.mostra4j.canary.logging.domain;

/** Fixture: reports through its return value. */
public final class QuietScorer {
    double score(double value) {
        return value;
    }
}
