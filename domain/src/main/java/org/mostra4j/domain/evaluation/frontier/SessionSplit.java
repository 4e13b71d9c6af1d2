package org.mostra4j.domain.evaluation.frontier;

import org.mostra4j.domain.session.SessionId;

/**
 * A deterministic split of evaluated sessions into a validation part (where knobs are chosen) and a disjoint
 * test part (where the chosen knobs are re-measured, free of selection bias). A session's side depends only on
 * the seed and its id, so the split does not depend on how many sessions there are or the order they arrive in.
 *
 * @param seed            seeds the split
 * @param validationShare the expected share of sessions on the validation side, in (0,1)
 */
public record SessionSplit(long seed, double validationShare) {
    public static final double DEFAULT_VALIDATION_SHARE = 0.5;

    public SessionSplit {
        if (!(validationShare > 0 && validationShare < 1)) {
            throw new IllegalArgumentException("validationShare must be in (0,1), was " + validationShare);
        }
    }

    /** Whether the session is on the validation side (otherwise it is a test session). */
    public boolean validation(SessionId session) {
        return unit(session) < validationShare;
    }

    /** A value in [0,1) determined by the seed and the session id (64-bit mix of a 64-bit string hash). */
    double unit(SessionId session) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        String id = session.value();
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001B3L;
        }
        return (mix(h) >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
