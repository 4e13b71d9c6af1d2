package org.mostra4j.domain.diversity;

/**
 * Too little data gives no GS rather than a noisy one: at least {@code distinctTracks} distinct
 * in-vocabulary tracks and {@code streams} streams (the sum of their weights) are needed.
 *
 * <p>Defaults: a listener needs 5 distinct tracks and 20 streams (the spec). A produced sequence weighs
 * each position 1 and needs only 2 tracks (ours: a sequence of 10–50 tracks is short by nature, and one
 * track alone trivially scores 1).
 */
public record MinimumActivity(int distinctTracks, double streams) {
    public static final MinimumActivity LISTENER = new MinimumActivity(5, 20);
    public static final MinimumActivity SEQUENCE = new MinimumActivity(2, 2);
    /** No rule at all: any non-empty input is scored. */
    public static final MinimumActivity NONE = new MinimumActivity(1, 0);

    public MinimumActivity {
        if (distinctTracks < 1) {
            throw new IllegalArgumentException("distinctTracks must be >= 1, was " + distinctTracks);
        }
        if (!Double.isFinite(streams) || streams < 0) {
            throw new IllegalArgumentException("streams must be finite and >= 0, was " + streams);
        }
    }

    public boolean admits(int distinct, double totalStreams) {
        return distinct >= distinctTracks && totalStreams >= streams;
    }
}
