package org.mostra4j.canary.logging.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Canary: a domain class logging through SLF4J. */
public final class NoisyScorer {
    private static final Logger LOG = LoggerFactory.getLogger(NoisyScorer.class);

    double score(double value) {
        LOG.debug("scoring {}", value);
        return value;
    }
}
