package org.mostra4j.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sessions a frontier or a tuning run reads and how it measures them.
 *
 * @param k               cut-off of the @k metrics (and the positions Mostra's beam orders), ≥ 1
 * @param skip            leave out the first {@code skip} sessions by id (those the encoder was trained on), ≥ 0
 * @param sessions        read the next {@code sessions} sessions by id after them (all when ≤ 0)
 * @param validationShare the share of them on the validation side of the split, in (0,1); the rest are test
 * @param replicates      bootstrap replicates of the test intervals, ≥ 1
 * @param seed            seeds the split, the grid sample and the bootstrap
 * @param storeAt         when present, the run is stored in the store's evaluation runs with this time
 */
public record TradeOffSessions(int k, long skip, long sessions, double validationShare, int replicates, long seed,
        Optional<Instant> storeAt) {
    public TradeOffSessions {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (skip < 0) {
            throw new IllegalArgumentException("skip must be >= 0, was " + skip);
        }
        if (!(validationShare > 0 && validationShare < 1)) {
            throw new IllegalArgumentException("validationShare must be in (0,1), was " + validationShare);
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
        }
        Objects.requireNonNull(storeAt, "storeAt");
    }
}
