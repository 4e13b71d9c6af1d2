package org.mostra4j.adapters.simulation;

/**
 * What a simulation produced and how it compares with the calibration targets fixed by the spec:
 * completion rate in [0.40, 0.55]; |r(Exposure share, session SAT)| &lt; 0.05; |r(Boost share, SAT)| &lt; 0.05;
 * r(Discovery share, SAT) &lt;= −0.15. Session SAT is the share of a session's candidates with label 1.
 */
public record SimulationSummary(int users, int artists, int tracks, long sessions, long candidates,
        long historyRows, long emergingArtists, long boostedTracks, double completionRate,
        double meanTrueCompletion, double exposureCorrelation, double boostCorrelation,
        double discoveryCorrelation, double discoveryShare, double exposureShare, double boostShare,
        double emergingAppeal) {

    public static final double MIN_COMPLETION = 0.40;
    public static final double MAX_COMPLETION = 0.55;
    public static final double MAX_ABS_NEUTRAL_CORRELATION = 0.05;
    public static final double MAX_DISCOVERY_CORRELATION = -0.15;

    public boolean completionWithinTarget() {
        return completionRate >= MIN_COMPLETION && completionRate <= MAX_COMPLETION;
    }

    public boolean exposureWithinTarget() {
        return Math.abs(exposureCorrelation) < MAX_ABS_NEUTRAL_CORRELATION;
    }

    public boolean boostWithinTarget() {
        return Math.abs(boostCorrelation) < MAX_ABS_NEUTRAL_CORRELATION;
    }

    public boolean discoveryWithinTarget() {
        return discoveryCorrelation <= MAX_DISCOVERY_CORRELATION;
    }

    public boolean withinTargets() {
        return completionWithinTarget() && exposureWithinTarget() && boostWithinTarget() && discoveryWithinTarget();
    }
}
