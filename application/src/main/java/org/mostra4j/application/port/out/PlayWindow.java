package org.mostra4j.application.port.out;

/**
 * Which plays a per-user GS covers: the last {@code days} days of history, counted back from the latest
 * play in the store (the data, not a clock, anchors the window); {@code days == 0} means all history.
 */
public record PlayWindow(int days) {
    public static final PlayWindow ALL = new PlayWindow(0);

    public PlayWindow {
        if (days < 0) {
            throw new IllegalArgumentException("window days must be >= 0, was " + days);
        }
    }

    public boolean isAll() {
        return days == 0;
    }
}
