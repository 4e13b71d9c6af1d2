package org.mostra4j.adapters.simulation;

import java.util.Optional;

/** The string ids of a world: a prefix and a 1-based, zero-padded number (a0001, t000001, u00001, s0000001). */
final class WorldIds {
    final int artistWidth;
    final int trackWidth;
    final int userWidth;
    final int sessionWidth;

    WorldIds(SimulationConfig.Sizes sizes) {
        artistWidth = width(sizes.artists());
        trackWidth = width(sizes.tracks());
        userWidth = width(sizes.users());
        sessionWidth = width(sizes.sessions());
    }

    private static int width(long count) {
        return Math.max(4, Long.toString(count).length());
    }

    String artist(int index) {
        return format('a', index, artistWidth);
    }

    String track(int index) {
        return format('t', index, trackWidth);
    }

    String user(int index) {
        return format('u', index, userWidth);
    }

    String session(long index) {
        return format('s', index, sessionWidth);
    }

    static String format(char prefix, long index, int width) {
        String digits = Long.toString(index + 1);
        StringBuilder sb = new StringBuilder(width + 1).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** The 0-based index of an id written with this prefix and width, if it is one of {@code count}. */
    static Optional<Long> parse(String id, char prefix, int width, long count) {
        if (id.length() != width + 1 || id.charAt(0) != prefix) {
            return Optional.empty();
        }
        long value = 0;
        for (int i = 1; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return Optional.empty();
            }
            value = value * 10 + (ch - '0');
        }
        return value >= 1 && value <= count ? Optional.of(value - 1) : Optional.empty();
    }

    Optional<Long> sessionIndex(String id, long sessions) {
        return parse(id, 's', sessionWidth, sessions);
    }

    Optional<Integer> trackIndex(String id, int tracks) {
        return parse(id, 't', trackWidth, tracks).map(Long::intValue);
    }
}
